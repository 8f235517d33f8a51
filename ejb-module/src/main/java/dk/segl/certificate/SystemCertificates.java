package dk.segl.certificate;

import dk.segl.audit.AuditLog;
import dk.segl.audit.AuditTarget;
import dk.segl.audit.AuditedCommand;
import dk.segl.ca.CertificateAuthority;
import dk.segl.ca.CsrPolicy;
import dk.segl.ca.Profiles;
import dk.segl.ca.SerialNumber;
import dk.segl.ca.SerialNumbers;
import dk.segl.error.DomainException;
import dk.segl.error.Rule;
import dk.segl.holder.Cvr;
import dk.segl.organisation.Actor;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.Organisations;
import dk.segl.organisation.Permission;
import dk.segl.organisation.Role;
import dk.segl.organisation.UserAccount;
import dk.segl.organisation.UserService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The certificates an organisation's IdM system authenticates with over TLS (EST, the IdM API):
 * the organisation administrator issues them from the system's CSR, lists and revokes them; TLS
 * client authentication finds the system a presented certificate belongs to while it is current.
 */
@Stateless
@Interceptors(AuditedCommand.class)
public class SystemCertificates {

    private final SerialNumbers serials = new SerialNumbers();

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    Organisations organisations;

    @EJB
    UserService users;

    @EJB
    CertifiedKeys keys;

    @EJB
    CertificateOrders orders;

    @EJB
    CertificateAuthority ca;

    @EJB
    CertificateRevocation revocation;

    @EJB
    AuditLog audit;

    @Inject
    Clock clock;

    public IssuedCertificate issue(Actor actor, @AuditTarget Cvr cvr, @AuditTarget String systemId, byte[] csr) {
        UserAccount system = system(actor, cvr, systemId);
        if (!system.isActivated()) {
            throw Rule.USER_NOT_ACTIVATED.refusal("The IdM system must be activated before it gets a certificate");
        }
        PublicKey key = CsrPolicy.approve(csr);
        Organisation organisation = system.organisation().orElseThrow();
        HolderValues holder = HolderValues.fixed(HolderValues.of(organisation, system));
        CertifiedKey certifiedKey = keys.claim(key, system);
        SerialNumber serial = serials.next();
        audit.intent(actor.loginName(), "system-certificate.issue", system.id(), "serial " + serial);
        X509Certificate certificate = ca.sign(Profiles.IDM_SYSTEM, holder.holder(system.uuid()), key, serial);
        em.persist(CertificateRecord.ofSystem(system, organisation, holder, certificate, certifiedKey, now()));
        em.flush();
        audit.done(actor.loginName(), "system-certificate.issue", system.id(), "serial " + serial);
        return new IssuedCertificate(certificate, ca.chain());
    }

    public List<CertificateRecord> list(Actor actor, @AuditTarget Cvr cvr, @AuditTarget String systemId) {
        UserAccount system = system(actor, cvr, systemId);
        return em.createQuery("select c from CertificateRecord c where c.user = :system and c.kind = :kind"
                        + " order by c.issuedAt desc", CertificateRecord.class)
                .setParameter("system", system).setParameter("kind", CertificateKind.IDM_SYSTEM)
                .getResultList();
    }

    public CertificateRecord revoke(Actor actor, @AuditTarget Cvr cvr, @AuditTarget String systemId,
                                    @AuditTarget String serial, RevocationReason reason) {
        UserAccount system = system(actor, cvr, systemId);
        CertificateRecord certificate = em.createQuery("select c from CertificateRecord c where c.user = :system"
                        + " and c.kind = :kind and c.serialNumber = :serial", CertificateRecord.class)
                .setParameter("system", system).setParameter("kind", CertificateKind.IDM_SYSTEM)
                .setParameter("serial", SerialNumber.parse(serial).map(SerialNumber::toString).orElse(""))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("System certificate " + serial));
        revocation.revoke(certificate, reason, actor.loginName());
        return certificate;
    }

    /** The IdM system whose current (issued, unexpired, unrevoked) system certificate this is, as an actor. */
    public Optional<Actor> authenticate(X509Certificate presented) {
        return orders.presented(presented, CertificateKind.IDM_SYSTEM)
                .filter(c -> c.status(now()) == CertificateStatus.ISSUED)
                .map(CertificateRecord::user)
                .filter(u -> u.isActivated() && u.roles().contains(Role.IDM_SYSTEM))
                .map(Actor::of);
    }

    private UserAccount system(Actor actor, Cvr cvr, String systemId) {
        Organisation organisation = organisations.ownedBy(actor, cvr);
        actor.require(Permission.MANAGE_IDM_SYSTEMS);
        UserAccount system = users.findIn(organisation, systemId);
        if (!system.roles().contains(Role.IDM_SYSTEM)) {
            throw Rule.NOT_AN_IDM_SYSTEM.refusal();
        }
        return system;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
