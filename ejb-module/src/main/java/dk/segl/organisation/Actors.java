package dk.segl.organisation;

import dk.segl.error.Rule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/** Finds who is acting, and checks passwords for the login mechanisms. */
@Stateless
public class Actors {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    VerifiedCredentials verified;

    public Actor byLoginName(String loginName) {
        return activeUser(loginName)
                .map(Actor::of)
                .orElseThrow(() -> Rule.LOGIN_REQUIRED.refusal());
    }

    /**
     * The user a page session was opened for, while they are still activated: a session is bound
     * to the user's id, so a deleted user's session ends and never passes to a later user of the
     * same login name.
     */
    public Optional<Actor> activeById(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.id = :id and u.status = :status", UserAccount.class)
                .setParameter("id", userId)
                .setParameter("status", UserStatus.ACTIVATED)
                .getResultStream().findFirst().map(Actor::of);
    }

    /**
     * The roles of an activated user whose password matches, or empty. A password verified a
     * moment ago is confirmed from {@link VerifiedCredentials} instead of another PBKDF2 run.
     */
    public Optional<Actor> authenticate(String loginName, char[] password) {
        Optional<UserAccount> user = activeUser(loginName);
        String storedHash = user.map(UserAccount::passwordHash).orElse(null);
        if (password == null) {
            return Optional.empty();
        }
        if (storedHash != null && verified.confirms(loginName, password, storedHash)) {
            return user.map(Actor::of);
        }
        if (!passwords.verify(password, storedHash)) {
            return Optional.empty();
        }
        verified.remember(loginName, password, storedHash);
        return user.map(Actor::of);
    }

    Optional<UserAccount> activeUser(String loginName) {
        if (loginName == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.loginName = :login and u.status = :status",
                        UserAccount.class)
                .setParameter("login", loginName.toLowerCase(Locale.ROOT))
                .setParameter("status", UserStatus.ACTIVATED)
                .getResultStream().findFirst();
    }
}
