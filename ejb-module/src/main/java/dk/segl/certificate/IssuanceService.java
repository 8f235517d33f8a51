package dk.segl.certificate;

import dk.segl.audit.AuditLog;
import dk.segl.audit.AuditTarget;
import dk.segl.audit.AuditedCommand;
import dk.segl.ca.BrowserKeyBundle;
import dk.segl.ca.CertificateAuthority;
import dk.segl.ca.CsrPolicy;
import dk.segl.ca.Pkcs12File;
import dk.segl.ca.SerialNumber;
import dk.segl.ca.Profiles;
import dk.segl.ca.SerialNumbers;
import dk.segl.holder.CertificateHolder;
import dk.segl.error.Rule;
import dk.segl.holder.HolderId;
import dk.segl.organisation.Actor;
import dk.segl.organisation.Permission;
import dk.segl.organisation.UserStatus;
import dk.segl.organisation.UserAccount;
import dk.segl.paging.Page;
import dk.segl.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;

/**
 * What a user does with their own certificates: see them, and issue a pending one with the
 * token from the email link. The key the CA generates for the browser leaves in the PKCS#12
 * answer and is never stored.
 */
@Stateless
@Interceptors(AuditedCommand.class)
public class IssuanceService {

    private final SerialNumbers serials = new SerialNumbers();
    private final BrowserKeyBundle browserKeys = new BrowserKeyBundle();

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    CertificateOrders orders;

    @EJB
    CertifiedKeys keys;

    @EJB
    CertificateAuthority ca;

    @EJB
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<CertificateIssued> issuances;

    public Page<CertificateEntry> mine(Actor actor, PageRequest page) {
        return orders.ofUser(me(actor), page);
    }

    public CertificateEntry mine(Actor actor, @AuditTarget String id) {
        return orders.ofUser(me(actor), id);
    }

    /** The order an email link points to, for the issuance page: refused unless the link can still issue it. */
    public CertificateEntry linked(Actor actor, @AuditTarget String id, String token) {
        CertificateEntry entry = mine(actor, id);
        entry.order().requireLinkUsable(token, now());
        return entry;
    }

    /** Hardware: the user's key stays on their device; the CSR proves possession of it. */
    public IssuedCertificate issueFromCsr(Actor actor, @AuditTarget String id, String token, byte[] csr) {
        PublicKey key = CsrPolicy.approve(csr);
        CertificateOrder order = issuable(actor, id, token, IssuanceMethod.HARDWARE);
        return new IssuedCertificate(sign(actor, order, key), ca.chain());
    }

    /** Internet browser: Segl makes the key and hands it over once, in a password-protected PKCS#12. */
    public Pkcs12File issueInBrowser(Actor actor, @AuditTarget String id, String token) {
        // The key takes seconds to make: only for a link that can issue, and before the order is
        // locked, so a second request waits for a signature, not for a key.
        mine(actor, id).order().requireIssuable(token, IssuanceMethod.BROWSER, now());
        KeyPair keyPair = browserKeys.generateKeyPair();
        CertificateOrder order = issuable(actor, id, token, IssuanceMethod.BROWSER);
        X509Certificate certificate = sign(actor, order, keyPair.getPublic());
        return browserKeys.export(keyPair.getPrivate(), certificate, ca.chain(), order.holder().name().value());
    }

    /**
     * EST simpleenroll: the organisation's IdM system enrols the user its CSR names (subject
     * serialNumber UI:DK-E:G:&lt;user id&gt;) against that user's pending order identified via API.
     * Everything in the certificate comes from the order and the profile, as for any other issuance.
     */
    public IssuedCertificate enrolOverEst(Actor system, byte[] csr) {
        system.require(Permission.ENROL_OVER_EST);
        CsrPolicy.NamedKey named = CsrPolicy.approveNamed(csr);
        CertificateOrder pending = pendingApiOrder(userNamedBy(system, named));
        return new IssuedCertificate(sign(system, enrollable(pending), named.key()), ca.chain());
    }

    /**
     * EST serverkeygen: as simpleenroll, but Segl makes the key (RSA 3072) and hands it over once,
     * never storing it. The CSR still names the user and must verify; its own key is not certified.
     */
    public ServerGeneratedKey enrolWithServerKey(Actor system, byte[] csr) {
        system.require(Permission.ENROL_OVER_EST);
        CertificateOrder pending = pendingApiOrder(userNamedBy(system, CsrPolicy.approveNamed(csr)));
        // The key takes seconds: made before the order is locked, so a second request waits for a signature only.
        KeyPair keyPair = browserKeys.generateKeyPair();
        return new ServerGeneratedKey(keyPair.getPrivate(), sign(system, enrollable(pending), keyPair.getPublic()));
    }

    /** The user's oldest pending order identified via API, which EST fulfils. */
    private CertificateOrder pendingApiOrder(UserAccount user) {
        return orders.pendingOf(user).stream()
                .filter(o -> o.identificationMethod() == IdentificationMethod.API)
                .min(Comparator.comparing(CertificateOrder::orderedAt))
                .orElseThrow(() -> Rule.EST_NO_PENDING_ORDER.refusal());
    }

    /** The pending order, locked, once it and its holder still allow issuing. */
    private CertificateOrder enrollable(CertificateOrder pending) {
        CertificateOrder order = orders.lockedOrder(pending.user(), pending.id());
        order.requireEnrollable();
        CertificatePreconditions.requireMet(order.organisation(), order.user());
        return order;
    }

    /**
     * EST simplereenroll by the holder, authenticated by the certificate it renews (TLS): a new
     * certificate for the same holder and a new key, without a new order. Only a current
     * certificate renews: a revoked, expired or unknown one is refused as a login.
     */
    public IssuedCertificate reenrolAsHolder(X509Certificate presented, byte[] csr) {
        CertificateRecord current = orders.presented(presented, CertificateKind.USER)
                .filter(c -> c.status(now()) == CertificateStatus.ISSUED)
                .orElseThrow(() -> Rule.EST_CERTIFICATE_NOT_CURRENT.refusal());
        PublicKey key = CsrPolicy.approve(csr);
        return renew(current.user().loginName(), current, key);
    }

    /** EST simplereenroll by the IdM system, for the user its CSR names: renews their newest certificate if it is current. */
    public IssuedCertificate reenrolForUser(Actor system, byte[] csr) {
        system.require(Permission.ENROL_OVER_EST);
        CsrPolicy.NamedKey named = CsrPolicy.approveNamed(csr);
        UserAccount user = userNamedBy(system, named);
        CertificateRecord current = orders.newestOf(user)
                .filter(c -> c.status(now()) == CertificateStatus.ISSUED)
                .orElseThrow(() -> Rule.EST_NO_CURRENT_CERTIFICATE.refusal());
        return renew(system.loginName(), current, named.key());
    }

    /** The user a CSR names, if they belong to the IdM system's organisation. */
    private UserAccount userNamedBy(Actor system, CsrPolicy.NamedKey named) {
        HolderId holder = named.holder().orElseThrow(() -> Rule.CSR_HOLDER_MISSING.refusal());
        UserAccount user = em.find(UserAccount.class, holder.uuid().toString());
        if (user == null || user.status() == UserStatus.DELETED
                || user.organisation().filter(system::belongsTo).isEmpty()) {
            throw Rule.EST_USER_NOT_IN_ORGANISATION.refusal();
        }
        return user;
    }

    /**
     * Same checks, audit and record as a first issuance (see {@link #sign}); the certificate to renew is
     * locked, so two renewals of it run one after the other, and the old one stays valid until it expires.
     */
    private IssuedCertificate renew(String actor, CertificateRecord current, PublicKey key) {
        CertificateRecord locked = em.find(CertificateRecord.class, current.id(), LockModeType.PESSIMISTIC_WRITE);
        if (locked.status(now()) != CertificateStatus.ISSUED) {
            throw Rule.EST_NO_CURRENT_CERTIFICATE.refusal();
        }
        if (CertifiedKey.fingerprintOf(key).equals(locked.publicKeyFingerprint())) {
            throw Rule.EST_SAME_KEY.refusal();
        }
        CertificatePreconditions.requireMet(locked.organisation(), locked.user());
        // The same subject as the certificate it renews: the values verified when that was ordered.
        CertificateHolder holder = locked.holder().holder(locked.user().uuid());
        CertifiedKey certifiedKey = keys.claim(key, locked.user());
        SerialNumber serial = serials.next();
        audit.intent(actor, "certificate.renew", locked.id(), "serial " + serial);
        X509Certificate certificate = ca.sign(Profiles.USER, holder, key, serial);
        CertificateRecord renewal = CertificateRecord.renewing(locked, certificate, certifiedKey, now());
        em.persist(renewal);
        em.flush();
        issuances.fire(new CertificateIssued(renewal.id()));
        audit.done(actor, "certificate.renew", renewal.id(), "serial " + serial + " renews " + locked.id());
        return new IssuedCertificate(certificate, ca.chain());
    }

    private CertificateOrder issuable(Actor actor, String id, String token, IssuanceMethod method) {
        CertificateOrder order = orders.lockedOrder(me(actor), id);
        order.requireIssuable(token, method, now());
        CertificatePreconditions.requireMet(order.organisation(), order.user());
        return order;
    }

    /**
     * Every check first (the order, the holder, the key), then the intent in the audit log, the
     * signature, and the certificate's record with the result: what the CA signs is always recorded
     * with it, and the holder gets the certificate only once that record commits.
     */
    private X509Certificate sign(Actor actor, CertificateOrder order, PublicKey key) {
        CertificateHolder holder = order.holder();
        CertifiedKey certifiedKey = keys.claim(key, order.user());
        SerialNumber serial = serials.next();
        audit.intent(actor.loginName(), "certificate.issue", order.id(), "serial " + serial);
        X509Certificate certificate = ca.sign(Profiles.USER, holder, key, serial);
        order.fulfil(now());
        em.persist(CertificateRecord.fulfilling(order, certificate, certifiedKey, now()));
        em.flush();
        issuances.fire(new CertificateIssued(order.id()));
        audit.done(actor.loginName(), "certificate.issue", order.id(), "serial " + serial);
        return certificate;
    }

    private UserAccount me(Actor actor) {
        return em.find(UserAccount.class, actor.userId());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
