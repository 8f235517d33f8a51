package dk.segl.certificate;

import dk.segl.audit.AuditLog;
import dk.segl.audit.AuditTarget;
import dk.segl.audit.AuditedCommand;
import dk.segl.ca.BrowserKeyBundle;
import dk.segl.ca.CertificateAuthority;
import dk.segl.ca.CsrPolicy;
import dk.segl.ca.Pkcs12File;
import dk.segl.ca.SerialNumbers;
import dk.segl.ca.UserCertificateSubject;
import dk.segl.error.DomainException;
import dk.segl.organisation.Actor;
import dk.segl.organisation.UserAccount;
import dk.segl.paging.Page;
import dk.segl.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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
    CertificateAuthority ca;

    @EJB
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<CertificateIssued> issuances;

    public Page<CertificateOrder> mine(Actor actor, PageRequest page) {
        return orders.ofUser(em.find(UserAccount.class, actor.userId()), page);
    }

    public CertificateOrder mine(Actor actor, @AuditTarget String id) {
        return orders.ofUser(em.find(UserAccount.class, actor.userId()), id);
    }

    /** The order an email link points to, for the issuance page: refused unless the link can still issue it. */
    public CertificateOrder linked(Actor actor, @AuditTarget String id, String token) {
        CertificateOrder order = mine(actor, id);
        order.requireLinkUsable(token, now());
        return order;
    }

    /** Hardware: the user's key stays on their device; the CSR proves possession of it. */
    public IssuedCertificate issueFromCsr(Actor actor, @AuditTarget String id, String token, byte[] csr) {
        CertificateOrder order = issuable(actor, id, token, IssuanceMethod.HARDWARE);
        PublicKey key = CsrPolicy.approve(csr);
        return new IssuedCertificate(sign(actor, order, key), ca.chain());
    }

    /** Internet browser: Segl makes the key and hands it over once, in a password-protected PKCS#12. */
    public Pkcs12File issueInBrowser(Actor actor, @AuditTarget String id, String token) {
        CertificateOrder order = issuable(actor, id, token, IssuanceMethod.BROWSER);
        KeyPair keyPair = browserKeys.generateKeyPair();
        X509Certificate certificate = sign(actor, order, keyPair.getPublic());
        return browserKeys.export(keyPair.getPrivate(), certificate, ca.chain(), order.user().name());
    }

    private CertificateOrder issuable(Actor actor, String id, String token, IssuanceMethod method) {
        CertificateOrder order = mine(actor, id);
        order.requireIssuable(token, method, now());
        CertificatePreconditions.requireMet(order.organisation(), order.user());
        return order;
    }

    /** Reserves the serial and records the intent before the signature, then records the result. */
    private X509Certificate sign(Actor actor, CertificateOrder order, PublicKey key) {
        BigInteger serial = serials.next();
        reserve(order, serial);
        audit.intent(actor.loginName(), "certificate.issue", order.id(), "serial " + serial.toString(16));
        UserAccount user = order.user();
        X509Certificate certificate = ca.signUserCertificate(new UserCertificateSubject(
                order.organisation().cvr().value(), order.organisation().name(), user.uuid(), user.name(),
                user.email().value()), key, serial);
        order.issued(certificate, now());
        issuances.fire(new CertificateIssued(order.id()));
        audit.done(actor.loginName(), "certificate.issue", order.id(), "serial " + serial.toString(16));
        return certificate;
    }

    /**
     * Writes the reservation at once: of two simultaneous issue calls on one order, the later
     * one's write meets the order's new version (or waits for its lock) and is refused here, before
     * anything is signed.
     */
    private void reserve(CertificateOrder order, BigInteger serial) {
        order.reserveSerial(serial);
        try {
            em.flush();
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException e) {
            throw DomainException.conflict("concurrent-change", "Another request is issuing this order at the same time");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
