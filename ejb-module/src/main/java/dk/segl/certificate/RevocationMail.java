package dk.segl.certificate;

import dk.segl.ca.SerialNumbers;
import dk.segl.language.Language;
import dk.segl.notification.Mail;

/** "The user will be notified via email" when a certificate is revoked, in the user's language. */
final class RevocationMail {

    private RevocationMail() {
    }

    static Mail compose(CertificateOrder order, RevocationReason reason) {
        Language language = order.user().speaks();
        String serial = order.serialNumber().map(SerialNumbers::hex).orElse("-");
        String body = language.text(IssuanceMail.TEXTS, "revocation.body", order.user().name(),
                order.organisation().name(), order.organisation().cvr().toString(), serial,
                language.text(IssuanceMail.TEXTS, "reason." + reason.name()),
                language.momentWithZone(order.revokedAt().orElse(null))) + "\n";
        return new Mail(order.user().email().value(), language.text(IssuanceMail.TEXTS, "revocation.subject"), body);
    }
}
