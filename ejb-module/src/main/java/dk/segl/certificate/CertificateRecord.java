package dk.segl.certificate;

import dk.segl.ca.SerialNumber;
import dk.segl.error.Rule;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * A certificate the CA signed: its serial, DER, holder values and validity, and its life:
 * ISSUED, then REVOKED for good or EXPIRED by time. Revocation lists (and OCSP) read these
 * records only. One issued for an order has that order's id, so a client's address for "the
 * certificate I ordered" stays the same from order to certificate.
 */
@Entity
@Table(name = "certificate")
public class CertificateRecord {

    /** Names for the subject's attributes that the JDK prints only as OIDs. */
    private static final Map<String, String> ATTRIBUTE_NAMES = Map.of(
            "2.5.4.5", "serialNumber", "2.5.4.97", "organizationIdentifier");

    @Id
    private String id;

    @Column(name = "serial_number", nullable = false)
    private String serialNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private CertificateOrder order;

    @Column(name = "renews_id")
    private String renews;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateKind kind = CertificateKind.USER;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Embedded
    private HolderValues holder;

    @Column(name = "subject_dn", nullable = false)
    private String subjectDn;

    @Column(name = "public_key_sha256")
    private String publicKeySha256;

    @Column(name = "certificate_der", nullable = false)
    private byte[] der;

    @Column(name = "publish_to_directory", nullable = false)
    private boolean publishToDirectory;

    @Column(name = "not_before", nullable = false)
    private OffsetDateTime notBefore;

    @Column(name = "not_after", nullable = false)
    private OffsetDateTime notAfter;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateStatus status;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_reason")
    private RevocationReason revocationReason;

    @Version
    private long version;

    protected CertificateRecord() {
    }

    /** The record of a certificate just signed to fulfil {@code order}. */
    static CertificateRecord fulfilling(CertificateOrder order, X509Certificate certificate, CertifiedKey key,
                                        OffsetDateTime now) {
        CertificateRecord record = signed(certificate, key, now);
        record.id = order.id();
        record.order = order;
        record.organisation = order.organisation();
        record.user = order.user();
        record.holder = order.holderValues();
        record.publishToDirectory = order.publishToDirectory();
        return record;
    }

    /** The record of a renewal (EST re-enrolment): same holder, order and publication as {@code current}, a new key. */
    static CertificateRecord renewing(CertificateRecord current, X509Certificate certificate, CertifiedKey key,
                                      OffsetDateTime now) {
        CertificateRecord record = signed(certificate, key, now);
        record.id = java.util.UUID.randomUUID().toString();
        record.renews = current.id;
        record.order = current.order;
        record.organisation = current.organisation;
        record.user = current.user;
        record.holder = current.holder;
        record.publishToDirectory = current.publishToDirectory;
        return record;
    }

    /** The record of an IdM system's certificate: no order, never in the directory. */
    static CertificateRecord ofSystem(UserAccount system, Organisation organisation, HolderValues holder,
                                      X509Certificate certificate, CertifiedKey key, OffsetDateTime now) {
        CertificateRecord record = signed(certificate, key, now);
        record.id = java.util.UUID.randomUUID().toString();
        record.kind = CertificateKind.IDM_SYSTEM;
        record.organisation = organisation;
        record.user = system;
        record.holder = holder;
        record.publishToDirectory = false;
        return record;
    }

    private static CertificateRecord signed(X509Certificate certificate, CertifiedKey key, OffsetDateTime now) {
        CertificateRecord record = new CertificateRecord();
        record.publicKeySha256 = key.fingerprint();
        record.serialNumber = new SerialNumber(certificate.getSerialNumber()).toString();
        record.subjectDn = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253, ATTRIBUTE_NAMES);
        try {
            record.der = certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A certificate the CA just signed cannot be encoded", e);
        }
        record.notBefore = certificate.getNotBefore().toInstant().atOffset(ZoneOffset.UTC);
        record.notAfter = certificate.getNotAfter().toInstant().atOffset(ZoneOffset.UTC);
        record.issuedAt = now;
        record.status = CertificateStatus.ISSUED;
        return record;
    }

    /** Revoked certificates cannot be reactivated; an expired one is past revoking. */
    void revoke(RevocationReason reason, OffsetDateTime now) {
        CertificateStatus current = status(now);
        if (current == CertificateStatus.REVOKED) {
            throw Rule.ALREADY_REVOKED.refusal();
        }
        if (current == CertificateStatus.EXPIRED) {
            throw Rule.CERTIFICATE_EXPIRED.refusal();
        }
        this.status = CertificateStatus.REVOKED;
        this.revokedAt = now;
        this.revocationReason = reason;
    }

    /** Writes down what time has already decided; returns whether this certificate has just expired. */
    boolean expireIfDue(OffsetDateTime now) {
        if (status == CertificateStatus.ISSUED && status(now) == CertificateStatus.EXPIRED) {
            status = CertificateStatus.EXPIRED;
            return true;
        }
        return false;
    }

    /** ISSUED turns EXPIRED by time, whether or not the expiry job has written it down yet. */
    public CertificateStatus status(OffsetDateTime now) {
        return status == CertificateStatus.ISSUED && now.isAfter(notAfter) ? CertificateStatus.EXPIRED : status;
    }

    public String id() {
        return id;
    }

    public CertificateKind kind() {
        return kind;
    }

    public SerialNumber serialNumber() {
        return new SerialNumber(new BigInteger(serialNumber, 16));
    }

    public Optional<CertificateOrder> order() {
        return Optional.ofNullable(order);
    }

    public Optional<String> renews() {
        return Optional.ofNullable(renews);
    }

    public Organisation organisation() {
        return organisation;
    }

    public UserAccount user() {
        return user;
    }

    public HolderValues holder() {
        return holder;
    }

    public String subjectDn() {
        return subjectDn;
    }

    public byte[] der() {
        return der.clone();
    }

    String publicKeyFingerprint() {
        return publicKeySha256;
    }

    public boolean publishToDirectory() {
        return publishToDirectory;
    }

    public OffsetDateTime notBefore() {
        return notBefore;
    }

    public OffsetDateTime notAfter() {
        return notAfter;
    }

    public OffsetDateTime issuedAt() {
        return issuedAt;
    }

    public Optional<OffsetDateTime> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<RevocationReason> revocationReason() {
        return Optional.ofNullable(revocationReason);
    }
}
