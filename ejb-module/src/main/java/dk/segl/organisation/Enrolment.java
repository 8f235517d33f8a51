package dk.segl.organisation;

import dk.segl.config.SeglConfig;
import dk.segl.holder.EmailAddress;
import dk.segl.notification.Outbox;
import dk.segl.token.OneTimeToken;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Adds a user, in the caller's transaction: one who has not chosen a password yet gets the
 * activation link by mail; one already identified (by the organisation's IdM system) is active at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Enrolment {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    Outbox outbox;

    @Inject
    SeglConfig config;

    @Inject
    Clock clock;

    public UserAccount enrol(Organisation organisation, LoginName login, String name, EmailAddress email,
                             Set<Role> roles, boolean identified) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        UserAccount user = new UserAccount(organisation, login, name, email, roles, now);
        em.persist(user);
        if (identified) {
            user.activateIdentified();
        } else {
            invite(user, organisation);
        }
        return user;
    }

    /** A new activation link, mailed to the user; an earlier link stops working. */
    public void invite(UserAccount user, Organisation organisation) {
        OneTimeToken token = OneTimeToken.generate();
        OffsetDateTime expires = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .plus(config.activationLinkLifetime());
        user.awaitActivation(token.hash(), expires);
        outbox.send(ActivationMail.compose(user, organisation, config.publicBaseUrl(), token, expires));
    }
}
