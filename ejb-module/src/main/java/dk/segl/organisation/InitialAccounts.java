package dk.segl.organisation;

import dk.segl.holder.Cvr;
import dk.segl.holder.EmailAddress;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/** Accounts that exist before anybody can log in: the operator, and demo data. Not reachable from outside. */
@Stateless
public class InitialAccounts {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    Organisations organisations;

    @EJB
    Enrolment enrolment;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    public boolean organisationExists(Cvr cvr) {
        return organisations.byCvr(cvr).isPresent();
    }

    public void operator(String login, String name, String email, char[] password) {
        activate(new UserAccount(null, new LoginName(login), name, new EmailAddress(email), Set.of(Role.OPERATOR), now()),
                password);
    }

    public Organisation organisation(Cvr cvr, String name, boolean userCertificatesAllowed) {
        Organisation organisation = new Organisation(cvr, name, now());
        organisation.allowUserCertificates(userCertificatesAllowed);
        em.persist(organisation);
        return organisation;
    }

    public void activatedUser(Organisation organisation, String login, String name, String email, Set<Role> roles,
                              char[] password) {
        activate(new UserAccount(em.merge(organisation), new LoginName(login), name, new EmailAddress(email), roles,
                now()), password);
    }

    public void createdUser(Organisation organisation, String login, String name, String email) {
        enrolment.enrol(em.merge(organisation), new LoginName(login), name, new EmailAddress(email), Set.of(), false);
    }

    private void activate(UserAccount user, char[] password) {
        user.activateWithPassword(passwords.hash(password));
        em.persist(user);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
