package dk.segl.organisation;

import dk.segl.audit.AuditLog;
import dk.segl.audit.AuditTarget;
import dk.segl.audit.AuditedCommand;
import dk.segl.error.DomainException;
import dk.segl.error.Rule;
import dk.segl.holder.Cvr;
import dk.segl.holder.EmailAddress;
import dk.segl.language.Language;
import dk.segl.paging.Page;
import dk.segl.paging.PageRequest;
import dk.segl.token.OneTimeToken;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Users of an organisation: created, listed, edited and deleted by its user administrators or IdM system. */
@Stateless
@Interceptors(AuditedCommand.class)
public class UserService {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    Organisations organisations;

    @EJB
    AuditLog audit;

    @EJB
    Enrolment enrolment;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    Event<UserChanged> changes;

    public UserAccount create(Actor actor, @AuditTarget Cvr cvr, NewUser newUser) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        // An IdM system is the organisation administrator's to create, like its certificates; people are the user administrators'.
        actor.require(newUser.roles().equals(Set.of(Role.IDM_SYSTEM)) ? Permission.MANAGE_IDM_SYSTEMS
                : Permission.MANAGE_USERS);
        return createIn(actor, organisation, newUser);
    }

    /**
     * Creates the user and mails the activation link, or, when an IdM system creates them, activates
     * them at once: it has identified them. Callers have checked the actor's right to create users.
     */
    public UserAccount createIn(Actor actor, Organisation organisation, NewUser newUser) {
        LoginName login = new LoginName(newUser.loginName());
        requireGrantable(actor, newUser.roles());
        if (loginTaken(login)) {
            throw Rule.LOGIN_NAME_TAKEN.refusal("The login name " + login.value() + " is taken");
        }
        UserAccount user = enrolment.enrol(organisation, login, newUser.name(), new EmailAddress(newUser.email()),
                newUser.roles(), actor.may(Permission.IDENTIFY_USERS));
        audit.done(actor.loginName(), "user.create", user.id(), login.value());
        return user;
    }

    public UserAccount get(Actor actor, @AuditTarget Cvr cvr, @AuditTarget String userId) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        actor.require(Permission.READ_USERS);
        return findIn(organisation, userId);
    }

    public Page<UserAccount> list(Actor actor, @AuditTarget Cvr cvr, String query, PageRequest page) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        actor.require(Permission.READ_USERS);
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        // Without search text the list is read in index order (organisation, name), not filtered row by row.
        String where = " from UserAccount u where u.organisation = :org and u.status <> :deleted"
                + (text.isEmpty() ? "" : " and (lower(u.name) like :q escape '\\' or lower(u.email) like :q escape '\\')");
        var count = em.createQuery("select count(u)" + where, Long.class);
        var items = em.createQuery("select u" + where + " order by u.name, u.id", UserAccount.class)
                .setHint("eclipselink.batch", "u.roles")
                .setHint("eclipselink.batch.type", "IN");
        for (var q : List.of(count, items)) {
            q.setParameter("org", organisation).setParameter("deleted", UserStatus.DELETED);
            if (!text.isEmpty()) {
                q.setParameter("q", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                page.page(), page.size(), count.getSingleResult());
    }

    /** The organisation's IdM systems, for the organisation administrator who manages them. */
    public List<UserAccount> idmSystems(Actor actor, @AuditTarget Cvr cvr) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        actor.require(Permission.MANAGE_IDM_SYSTEMS);
        return em.createQuery("select u from UserAccount u join u.roles r where u.organisation = :org and r = :role"
                        + " and u.status <> :deleted order by u.name, u.id", UserAccount.class)
                .setParameter("org", organisation).setParameter("role", Role.IDM_SYSTEM)
                .setParameter("deleted", UserStatus.DELETED).getResultList();
    }

    public UserAccount edit(Actor actor, @AuditTarget Cvr cvr, @AuditTarget String userId, UserChanges edit) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        UserAccount user = changeable(actor, organisation, userId);
        edit.name().ifPresent(user::rename);
        edit.email().map(EmailAddress::new).ifPresent(user::changeEmail);
        if (edit.roles().isPresent()) {
            Set<Role> wanted = edit.roles().get();
            if (user.id().equals(actor.userId()) && !wanted.equals(user.roles())) {
                throw Rule.OWN_ROLES.refusal();
            }
            requireGrantable(actor, symmetricDifference(user.roles(), wanted));
            user.assignRoles(wanted);
        }
        changes.fire(new UserChanged(user.id(), actor.loginName(), UserChanged.Kind.EDITED));
        audit.done(actor.loginName(), "user.edit", user.id(), null);
        return user;
    }

    /** Deletes the user; certificates react to {@link UserChanged} in this same transaction. */
    public void delete(Actor actor, @AuditTarget Cvr cvr, @AuditTarget String userId) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        UserAccount user = changeable(actor, organisation, userId);
        if (user.id().equals(actor.userId())) {
            throw Rule.USER_DELETE_SELF.refusal();
        }
        changes.fire(new UserChanged(user.id(), actor.loginName(), UserChanged.Kind.DELETED));
        user.delete();
        audit.done(actor.loginName(), "user.delete", user.id(), null);
    }

    /** The language of the user's mails, chosen by a user administrator; none means Segl's default. */
    public UserAccount chooseLanguage(Actor actor, @AuditTarget Cvr cvr, @AuditTarget String userId, Language language) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        UserAccount user = changeable(actor, organisation, userId);
        user.chooseLanguage(language);
        audit.done(actor.loginName(), "user.language", user.id(), language == null ? null : language.code());
        return user;
    }

    /** Mails a user who has not activated yet a new activation link, e.g. when the first mail was lost. */
    public void resendActivation(Actor actor, @AuditTarget Cvr cvr, @AuditTarget String userId) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        UserAccount user = changeable(actor, organisation, userId);
        if (user.isActivated()) {
            throw Rule.USER_ALREADY_ACTIVATED.refusal("The user " + user.loginName() + " is already activated");
        }
        enrolment.invite(user, organisation);
        audit.done(actor.loginName(), "user.resend-activation", user.id(), null);
    }

    /** Sets the password chosen from the activation link, if it keeps {@link PasswordRules}. */
    public UserAccount activate(String token, char[] password) {
        String hash = OneTimeToken.hashOf(token);
        UserAccount user = em.createQuery("select u from UserAccount u where u.activationTokenHash = :hash",
                        UserAccount.class)
                .setParameter("hash", hash).getResultStream().findFirst()
                .orElseThrow(() -> Rule.ACTIVATION_LINK_INVALID.refusal());
        PasswordRules.check(password, user.loginName());
        user.activate(passwords.hash(password), now());
        audit.done(user.loginName(), "user.activate", user.id(), null);
        return user;
    }

    /** The id of the user with this login name in the actor's organisation, for a change by login name (CSV). */
    public String idOf(Actor actor, @AuditTarget Cvr cvr, @AuditTarget String loginName) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        actor.require(Permission.READ_USERS);
        LoginName login = new LoginName(loginName);
        return em.createQuery("select u.id from UserAccount u where u.loginName = :login and u.organisation = :org"
                        + " and u.status <> :deleted", String.class)
                .setParameter("login", login.value()).setParameter("org", organisation)
                .setParameter("deleted", UserStatus.DELETED).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("The user " + login.value()));
    }

    public UserAccount me(Actor actor) {
        return em.find(UserAccount.class, actor.userId());
    }

    public UserAccount findIn(Organisation organisation, String userId) {
        UserAccount user = userId == null ? null : em.find(UserAccount.class, userId);
        if (user == null || user.status() == UserStatus.DELETED
                || user.organisation().filter(o -> o.id().equals(organisation.id())).isEmpty()) {
            throw DomainException.notFound("User " + userId);
        }
        return user;
    }

    /** The user the actor is about to change, once the actor may change users and this one. */
    private UserAccount changeable(Actor actor, Organisation organisation, String userId) {
        actor.require(Permission.MANAGE_USERS);
        UserAccount user = findIn(organisation, userId);
        requireMayChange(actor, user);
        return user;
    }

    /** Administrators and IdM systems are changed only by those who may make them. */
    private static void requireMayChange(Actor actor, UserAccount user) {
        boolean protectedAccount = user.roles().stream().anyMatch(role -> role.grantedWith()
                .filter(Permission.MANAGE_ADMINISTRATORS::equals).isPresent());
        if (protectedAccount && !actor.may(Permission.MANAGE_ADMINISTRATORS)) {
            throw Rule.ADMINISTRATOR_PROTECTED.refusal();
        }
    }

    /** Nobody grants the operator role here; each other role needs the permission the table gives it. */
    private static void requireGrantable(Actor actor, Set<Role> roles) {
        for (Role role : roles) {
            Permission needed = role.grantedWith()
                    .orElseThrow(() -> Rule.ROLE_NOT_GRANTABLE.refusal("The operator role cannot be granted to users"));
            if (!actor.may(needed)) {
                throw Rule.ROLE_NOT_GRANTABLE.refusal(needed.refusalText());
            }
        }
    }

    private static Set<Role> symmetricDifference(Set<Role> a, Set<Role> b) {
        var result = new java.util.HashSet<>(a);
        result.addAll(b);
        var common = new java.util.HashSet<>(a);
        common.retainAll(b);
        result.removeAll(common);
        return result;
    }

    private boolean loginTaken(LoginName login) {
        return !em.createQuery("select u.id from UserAccount u where u.loginName = :login", String.class)
                .setParameter("login", login.value()).setMaxResults(1).getResultList().isEmpty();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
