package dk.segl.certificate;

import dk.segl.audit.AuditLog;
import dk.segl.audit.AuditTarget;
import dk.segl.audit.AuditedCommand;
import dk.segl.config.SeglConfig;
import dk.segl.holder.CertificateHolder;
import dk.segl.holder.Cvr;
import dk.segl.notification.Outbox;
import dk.segl.organisation.Actor;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.Organisations;
import dk.segl.organisation.Permission;
import dk.segl.organisation.UserAccount;
import dk.segl.organisation.UserService;
import dk.segl.paging.Page;
import dk.segl.paging.PageRequest;
import dk.segl.token.OneTimeToken;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What a user administrator does with user certificates: order, list, delete a pending order,
 * revoke. This is the registration authority: every precondition of the seed is checked here,
 * before anything reaches the CA.
 */
@Stateless
@Interceptors(AuditedCommand.class)
public class CertificateOrderService {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    Organisations organisations;

    @EJB
    UserService users;

    @EJB
    CertificateOrders orders;

    @EJB
    Outbox outbox;

    @EJB
    AuditLog audit;

    @Inject
    SeglConfig config;

    @Inject
    Clock clock;

    @EJB
    CertificateRevocation revocation;

    /**
     * The seed's four preconditions, the email rule and the method pairing, then a PENDING order
     * that fixes the holder's values: the link goes to that email, the certificate carries them.
     */
    public CertificateEntry order(Actor actor, @AuditTarget Cvr cvr, @AuditTarget String userId, OrderRequest request) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        actor.require(request.identificationMethod() == IdentificationMethod.API ? Permission.ORDER_API_CERTIFICATES
                : Permission.ORDER_CERTIFICATES);
        UserAccount user = users.findIn(organisation, userId);
        CertificateHolder holder = CertificatePreconditions.requireMet(organisation, user);
        CertificateOrder order = new CertificateOrder(user, organisation, holder, request, actor.loginName(), now());
        if (request.identificationMethod() == IdentificationMethod.USER_LOGIN) {
            OneTimeToken token = OneTimeToken.generate();
            OffsetDateTime expires = now().plus(config.issuanceLinkLifetime());
            order.awaitIssuance(token, expires);
            outbox.send(IssuanceMail.compose(order, config.publicBaseUrl(), token, expires));
        }
        em.persist(order);
        audit.done(actor.loginName(), "certificate.order", order.id(),
                request.identificationMethod() + "/" + request.issuanceMethod()
                        + (request.publishToDirectory() ? "/published" : ""));
        return new CertificateEntry(order, null);
    }

    public Page<CertificateEntry> list(Actor actor, @AuditTarget Cvr cvr, @AuditTarget String userId, PageRequest page) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        actor.require(Permission.READ_CERTIFICATES);
        return orders.ofUser(users.findIn(organisation, userId), page);
    }

    public CertificateEntry get(Actor actor, @AuditTarget Cvr cvr, @AuditTarget String userId, @AuditTarget String id) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        actor.require(Permission.READ_CERTIFICATES);
        return orders.ofUser(users.findIn(organisation, userId), id);
    }

    /** Deletes an order before the certificate is issued; the audit log (and the row) keep it. */
    public void delete(Actor actor, @AuditTarget Cvr cvr, @AuditTarget String userId, @AuditTarget String id) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        actor.require(Permission.DELETE_ORDERS);
        orders.lockedOrder(users.findIn(organisation, userId), id).delete(now());
        audit.done(actor.loginName(), "certificate.delete-order", id, null);
    }

    /** Revokes for good; the user is told by email and the next CRL lists it. */
    public CertificateEntry revoke(Actor actor, @AuditTarget Cvr cvr, @AuditTarget String userId,
                                   @AuditTarget String id, RevocationReason reason) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        actor.require(Permission.REVOKE_CERTIFICATES);
        UserAccount user = users.findIn(organisation, userId);
        revocation.revoke(orders.revocable(user, id), reason, actor.loginName());
        return orders.ofUser(user, id);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
