package dk.segl.web.pages;

import dk.segl.certificate.CertificateEntry;
import dk.segl.certificate.CertificateStatus;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** A certificate or pending order as the lists show it. */
public record CertificateRow(String id, String status, String identificationMethod, String issuanceMethod,
                             boolean publishToDirectory, String serialNumber, String subject, String orderedAt,
                             String expires, String revocationReason) implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    static CertificateRow of(CertificateEntry order, OffsetDateTime now) {
        return new CertificateRow(order.id(), order.status(now).name(), order.identificationMethod().name(),
                order.issuanceMethod().name(), order.publishToDirectory(),
                order.serialNumber().map(Object::toString).orElse(""),
                order.subjectDn().orElse(""), DAY.format(order.orderedAt()),
                order.notAfter().map(DAY::format).orElse(""),
                order.revocationReason().map(Enum::name).orElse(""));
    }

    public boolean isPending() {
        return CertificateStatus.PENDING.name().equals(status);
    }

    public boolean isIssued() {
        return CertificateStatus.ISSUED.name().equals(status);
    }
}
