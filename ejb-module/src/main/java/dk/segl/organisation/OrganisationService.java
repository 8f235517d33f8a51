package dk.segl.organisation;

import dk.segl.audit.AuditLog;
import dk.segl.audit.AuditTarget;
import dk.segl.audit.AuditedCommand;
import dk.segl.error.Rule;
import dk.segl.holder.Cvr;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/** Creating organisations (the operator) and their settings (the organisation administrator). */
@Stateless
@Interceptors(AuditedCommand.class)
public class OrganisationService {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    Organisations organisations;

    @EJB
    UserService users;

    @EJB
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Creates an organisation and its first administrator, who gets an activation link. The first
     * administrator is also a user administrator: otherwise nobody could create the organisation's users.
     */
    public Organisation create(Actor actor, @AuditTarget Cvr cvr, String name, NewUser firstAdministrator) {
        actor.require(Permission.CREATE_ORGANISATIONS);
        if (organisations.byCvr(cvr).isPresent()) {
            throw Rule.ORGANISATION_EXISTS.refusal("An organisation with CVR " + cvr + " exists");
        }
        Organisation organisation = new Organisation(cvr, name, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        em.persist(organisation);
        users.createIn(actor, organisation, new NewUser(firstAdministrator.loginName(), firstAdministrator.name(),
                firstAdministrator.email(), Set.of(Role.ORGANISATION_ADMINISTRATOR, Role.USER_ADMINISTRATOR)));
        audit.done(actor.loginName(), "organisation.create", cvr.value(), name);
        return organisation;
    }

    /** Settings are visible to the organisation's administrators of either kind. */
    public Organisation settings(Actor actor, @AuditTarget Cvr cvr) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        actor.require(Permission.READ_SETTINGS);
        return organisation;
    }

    /** "Settings": whether the organisation issues user certificates. */
    public Organisation allowUserCertificates(Actor actor, @AuditTarget Cvr cvr, boolean allowed) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        actor.require(Permission.CHANGE_SETTINGS);
        organisation.allowUserCertificates(allowed);
        audit.done(actor.loginName(), "organisation.settings", cvr.value(), "userCertificatesAllowed=" + allowed);
        return organisation;
    }
}
