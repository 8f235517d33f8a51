package dk.segl.certificate;

import dk.segl.language.Language;
import dk.segl.notification.Mail;

/** "The user will be notified via email" when a certificate is revoked, in the user's language. */
final class RevocationMail {

    private RevocationMail() {
    }

    /** To the user's address now: they may have changed it since the certificate was issued. */
    static Mail compose(CertificateRecord certificate, RevocationReason reason) {
        Language language = certificate.user().speaks();
        HolderValues holder = certificate.holder();
        String body = language.text(IssuanceMail.TEXTS, "revocation.body", holder.name(),
                holder.organisationName(), holder.cvr(), certificate.serialNumber().toString(),
                language.text(IssuanceMail.TEXTS, "reason." + reason.name()),
                language.momentWithZone(certificate.revokedAt().orElse(null))) + "\n";
        return new Mail(certificate.user().email().value(), language.text(IssuanceMail.TEXTS, "revocation.subject"),
                body);
    }
}
