package dk.segl.certificate;

import dk.segl.ca.SerialNumber;
import dk.segl.organisation.UserAccount;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a user's certificates as administrators and the user see it: an order, and the
 * certificate that fulfilled it once there is one. Its id stays the same from order to certificate.
 */
public final class CertificateEntry {

    private final CertificateOrder order;
    private final CertificateRecord certificate;

    CertificateEntry(CertificateOrder order, CertificateRecord certificate) {
        this.order = Objects.requireNonNull(order, "order");
        this.certificate = certificate;
    }

    CertificateOrder order() {
        return order;
    }

    /** The order's id until it is issued, then the certificate's: the same for a first issuance, new for a renewal. */
    public String id() {
        return certificate == null ? order.id() : certificate.id();
    }

    public CertificateStatus status(OffsetDateTime now) {
        if (certificate != null) {
            return certificate.status(now);
        }
        return order.status() == OrderStatus.WITHDRAWN ? CertificateStatus.WITHDRAWN : CertificateStatus.PENDING;
    }

    public UserAccount user() {
        return order.user();
    }

    public CertificateType type() {
        return order.type();
    }

    public IdentificationMethod identificationMethod() {
        return order.identificationMethod();
    }

    public IssuanceMethod issuanceMethod() {
        return order.issuanceMethod();
    }

    public boolean publishToDirectory() {
        return order.publishToDirectory();
    }

    public OffsetDateTime orderedAt() {
        return order.orderedAt();
    }

    public String orderedBy() {
        return order.orderedBy();
    }

    /** The name and email the order was placed for, which the certificate carries. */
    public HolderValues holder() {
        return order.holderValues();
    }

    /** When a withdrawn order was withdrawn. */
    public Optional<OffsetDateTime> withdrawnAt() {
        return order.status() == OrderStatus.WITHDRAWN ? order.closedAt() : Optional.empty();
    }

    public Optional<CertificateRecord> certificate() {
        return Optional.ofNullable(certificate);
    }

    public Optional<SerialNumber> serialNumber() {
        return certificate().map(CertificateRecord::serialNumber);
    }

    public Optional<String> subjectDn() {
        return certificate().map(CertificateRecord::subjectDn);
    }

    public Optional<byte[]> certificateDer() {
        return certificate().map(CertificateRecord::der);
    }

    public Optional<OffsetDateTime> notBefore() {
        return certificate().map(CertificateRecord::notBefore);
    }

    public Optional<OffsetDateTime> notAfter() {
        return certificate().map(CertificateRecord::notAfter);
    }

    public Optional<OffsetDateTime> revokedAt() {
        return certificate().flatMap(CertificateRecord::revokedAt);
    }

    public Optional<RevocationReason> revocationReason() {
        return certificate().flatMap(CertificateRecord::revocationReason);
    }
}
