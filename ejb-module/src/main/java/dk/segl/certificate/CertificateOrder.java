package dk.segl.certificate;

import dk.segl.error.DomainException;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.UserAccount;
import dk.segl.token.OneTimeToken;
import jakarta.persistence.Column;
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
import java.util.UUID;

/**
 * A user certificate from order to end of life: PENDING (ordered) -> ISSUED -> REVOKED, or
 * EXPIRED by time. A pending order can be deleted; an issued certificate only revoked; a revoked
 * one never comes back. Every transition refuses what the state does not allow.
 */
@Entity
@Table(name = "certificate_order")
public class CertificateOrder {

    /** Names for the subject's attributes that the JDK prints only as OIDs. */
    private static final Map<String, String> ATTRIBUTE_NAMES = Map.of(
            "2.5.4.5", "serialNumber", "2.5.4.97", "organizationIdentifier");

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "identification_method", nullable = false)
    private IdentificationMethod identificationMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuance_method", nullable = false)
    private IssuanceMethod issuanceMethod;

    @Column(name = "publish_to_directory", nullable = false)
    private boolean publishToDirectory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateStatus status;

    @Column(name = "ordered_at", nullable = false)
    private OffsetDateTime orderedAt;

    @Column(name = "ordered_by", nullable = false)
    private String orderedBy;

    @Column(name = "issuance_token_hash")
    private String issuanceTokenHash;

    @Column(name = "issuance_expires_at")
    private OffsetDateTime issuanceExpiresAt;

    @Column(name = "serial_number")
    private String serialNumber;

    @Column(name = "certificate_der")
    private byte[] certificateDer;

    @Column(name = "subject_dn")
    private String subjectDn;

    @Column(name = "not_before")
    private OffsetDateTime notBefore;

    @Column(name = "not_after")
    private OffsetDateTime notAfter;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_reason")
    private RevocationReason revocationReason;

    @Version
    private long version;

    protected CertificateOrder() {
    }

    CertificateOrder(UserAccount user, Organisation organisation, OrderRequest request, String orderedBy,
                     OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.user = user;
        this.organisation = organisation;
        this.type = request.type();
        this.identificationMethod = request.identificationMethod();
        this.issuanceMethod = request.issuanceMethod();
        this.publishToDirectory = request.publishToDirectory();
        this.status = CertificateStatus.PENDING;
        this.orderedBy = orderedBy;
        this.orderedAt = now;
    }

    void awaitIssuance(OneTimeToken token, OffsetDateTime expiresAt) {
        this.issuanceTokenHash = token.hash();
        this.issuanceExpiresAt = expiresAt;
    }

    /** The link from the email is the user's proof; it works once, for this order, until it expires. */
    void requireIssuable(String token, IssuanceMethod method, OffsetDateTime now) {
        requireLinkUsable(token, now);
        if (method != issuanceMethod) {
            throw DomainException.badInput("issuance-method-mismatch", "This certificate was ordered for issuance method "
                    + issuanceMethod + (issuanceMethod == IssuanceMethod.HARDWARE
                    ? ": send a PKCS#10 CSR (Content-Type application/pkcs10)"
                    : ": send no body, Segl generates the key"));
        }
    }

    /** Whether the email link can still issue this order, whatever the issuance method. */
    void requireLinkUsable(String token, OffsetDateTime now) {
        if (status != CertificateStatus.PENDING) {
            throw DomainException.conflict("order-not-pending", "This certificate has already been issued");
        }
        if (identificationMethod != IdentificationMethod.USER_LOGIN) {
            throw DomainException.refused("issuance-by-idm-system",
                    "This certificate is issued by the organisation's IdM system over EST");
        }
        if (issuanceTokenHash == null || !issuanceTokenHash.equals(OneTimeToken.hashOf(token))) {
            throw DomainException.refused("issuance-link-invalid",
                    "The issuance link is not valid: it was sent for another order, or it was copied incompletely");
        }
        if (now.isAfter(issuanceExpiresAt)) {
            throw DomainException.refused("issuance-link-expired",
                    "The issuance link has expired: ask your user administrator to order the certificate again");
        }
    }

    /** Records the serial before signing, so the database's uniqueness check guards it. */
    void reserveSerial(BigInteger serial) {
        this.serialNumber = serial.toString(16).toUpperCase();
    }

    void issued(X509Certificate certificate, OffsetDateTime now) {
        try {
            this.certificateDer = certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A certificate the CA just signed cannot be encoded", e);
        }
        this.subjectDn = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253, ATTRIBUTE_NAMES);
        this.notBefore = certificate.getNotBefore().toInstant().atOffset(ZoneOffset.UTC);
        this.notAfter = certificate.getNotAfter().toInstant().atOffset(ZoneOffset.UTC);
        this.issuedAt = now;
        this.status = CertificateStatus.ISSUED;
        this.issuanceTokenHash = null;
        this.issuanceExpiresAt = null;
    }

    void revoke(RevocationReason reason, OffsetDateTime now) {
        CertificateStatus current = status(now);
        if (current == CertificateStatus.PENDING) {
            throw DomainException.conflict("revoke-not-issued",
                    "A pending order cannot be revoked; delete the order instead");
        }
        if (current == CertificateStatus.REVOKED) {
            throw DomainException.conflict("already-revoked",
                    "The certificate is already revoked; revoked certificates cannot be reactivated");
        }
        if (current == CertificateStatus.EXPIRED) {
            throw DomainException.conflict("certificate-expired", "The certificate has expired");
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

    void requireDeletable() {
        if (status != CertificateStatus.PENDING) {
            throw DomainException.conflict("delete-not-pending",
                    "Already issued certificates cannot be deleted, only revoked");
        }
    }

    public String id() {
        return id;
    }

    public UserAccount user() {
        return user;
    }

    public Organisation organisation() {
        return organisation;
    }

    public CertificateType type() {
        return type;
    }

    public IdentificationMethod identificationMethod() {
        return identificationMethod;
    }

    public IssuanceMethod issuanceMethod() {
        return issuanceMethod;
    }

    public boolean publishToDirectory() {
        return publishToDirectory;
    }

    /** ISSUED turns EXPIRED by time, whether or not the expiry job has written it down yet. */
    public CertificateStatus status(OffsetDateTime now) {
        return status == CertificateStatus.ISSUED && notAfter != null && now.isAfter(notAfter)
                ? CertificateStatus.EXPIRED : status;
    }

    public OffsetDateTime orderedAt() {
        return orderedAt;
    }

    public String orderedBy() {
        return orderedBy;
    }

    public Optional<BigInteger> serialNumber() {
        return Optional.ofNullable(serialNumber).filter(s -> certificateDer != null).map(s -> new BigInteger(s, 16));
    }

    public Optional<byte[]> certificateDer() {
        return Optional.ofNullable(certificateDer).map(byte[]::clone);
    }

    public Optional<String> subjectDn() {
        return Optional.ofNullable(subjectDn);
    }

    public Optional<OffsetDateTime> notBefore() {
        return Optional.ofNullable(notBefore);
    }

    public Optional<OffsetDateTime> notAfter() {
        return Optional.ofNullable(notAfter);
    }

    public Optional<OffsetDateTime> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<RevocationReason> revocationReason() {
        return Optional.ofNullable(revocationReason);
    }
}
