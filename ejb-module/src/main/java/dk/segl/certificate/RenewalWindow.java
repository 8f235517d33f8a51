package dk.segl.certificate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;

/**
 * When the holder of a user certificate and the organisation's user administrators are reminded
 * that it ends: it is still valid (neither revoked nor expired) and its notAfter is no more than
 * {@code lead} away. It counts as renewed, and needs no reminder, when the same holder has another
 * user certificate that is not revoked and outlives it, or ends with it (notAfter has whole
 * seconds, so two issued in one second end together) and was issued after it. An EST re-enrolment, which records the
 * certificate it renews, is always such a certificate; a certificate the administrator ordered
 * anew for the same user is one too, and there the holder has a successor just the same, so a
 * reminder would only be noise.
 */
record RenewalWindow(Duration lead) {

    /** Nothing yet (empty), no reminder because of a renewal, or a reminder to send now. */
    Optional<ReminderOutcome> decide(CertificateRecord certificate, Collection<CertificateRecord> holders,
                                     OffsetDateTime now) {
        if (certificate.kind() != CertificateKind.USER || certificate.status(now) != CertificateStatus.ISSUED
                || certificate.notAfter().isAfter(now.plus(lead))) {
            return Optional.empty();
        }
        boolean renewed = holders.stream().anyMatch(other -> succeeds(other, certificate, now));
        return Optional.of(renewed ? ReminderOutcome.RENEWED : ReminderOutcome.SENT);
    }

    private static boolean succeeds(CertificateRecord other, CertificateRecord certificate, OffsetDateTime now) {
        return !other.id().equals(certificate.id())
                && other.kind() == CertificateKind.USER
                && other.user().id().equals(certificate.user().id())
                && other.status(now) != CertificateStatus.REVOKED
                && (other.notAfter().isAfter(certificate.notAfter())
                        || other.notAfter().isEqual(certificate.notAfter()) && other.issuedAt().isAfter(certificate.issuedAt()));
    }
}
