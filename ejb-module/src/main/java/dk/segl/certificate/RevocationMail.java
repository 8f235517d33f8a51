package dk.segl.certificate;

import dk.segl.notification.Mail;

/** "The user will be notified via email" when a certificate is revoked. */
final class RevocationMail {

    private RevocationMail() {
    }

    /** To the user's address now: they may have changed it since the certificate was issued. */
    static Mail compose(CertificateRecord certificate, RevocationReason reason) {
        HolderValues holder = certificate.holder();
        String body = "Hello " + holder.name() + ",\n\n"
                + "Your user certificate from " + holder.organisationName() + " (CVR "
                + holder.cvr() + ") has been revoked.\n\n"
                + "Serial number: " + certificate.serialNumber() + "\n"
                + "Reason: " + describe(reason) + "\n\n"
                + "Revoked certificates cannot be reactivated. If you need a certificate, ask your user "
                + "administrator to order a new one.\n";
        return new Mail(certificate.user().email().value(), "Your user certificate has been revoked", body);
    }

    private static String describe(RevocationReason reason) {
        return switch (reason) {
            case CESSATION_OF_OPERATION -> "the organisation no longer exists";
            case KEY_COMPROMISE -> "suspicion of misuse";
            case AFFILIATION_CHANGED -> "the certificate information is no longer correct";
        };
    }
}
