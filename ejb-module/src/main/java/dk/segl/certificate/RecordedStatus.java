package dk.segl.certificate;

import dk.segl.ca.SerialNumber;
import java.time.OffsetDateTime;
import java.util.Optional;

/** What the certificate record says of one serial number: its stored status and, once revoked, when and why. */
public record RecordedStatus(SerialNumber serial, CertificateStatus status, Optional<OffsetDateTime> revokedAt,
                             Optional<RevocationReason> reason) {
}
