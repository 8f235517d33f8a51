package dk.segl.web.pages;

import dk.segl.certificate.CertificateEntry;
import dk.segl.certificate.CertificateStatus;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A certificate or pending order as the lists show it; the moments stay moments, so each page
 * writes them in its own language. The serial number is the CA's own text form, shown whole.
 */
public record CertificateRow(String id, String status, String identificationMethod, String issuanceMethod,
                             boolean publishToDirectory, String serialNumber, String subject, OffsetDateTime orderedAt,
                             OffsetDateTime issuedAt, OffsetDateTime expires, OffsetDateTime revokedAt,
                             String revocationReason) implements Serializable {

    static CertificateRow of(CertificateEntry order, OffsetDateTime now) {
        return new CertificateRow(order.id(), order.status(now).name(), order.identificationMethod().name(),
                order.issuanceMethod().name(), order.publishToDirectory(),
                order.serialNumber().map(Object::toString).orElse(""),
                order.subjectDn().orElse(""), order.orderedAt(), order.notBefore().orElse(null),
                order.notAfter().orElse(null), order.revokedAt().orElse(null),
                order.revocationReason().map(Enum::name).orElse(""));
    }

    public boolean isPending() {
        return CertificateStatus.PENDING.name().equals(status);
    }

    public boolean isIssued() {
        return CertificateStatus.ISSUED.name().equals(status);
    }
}
