package dk.segl.certificate;

import dk.segl.ca.SerialNumbers;
import dk.segl.notification.Mail;

/** "The user will be notified via email" when a certificate is revoked. */
final class RevocationMail {

    private RevocationMail() {
    }

    static Mail compose(CertificateOrder order, RevocationReason reason) {
        String serial = order.serialNumber().map(SerialNumbers::hex).orElse("-");
        String body = "Hello " + order.user().name() + ",\n\n"
                + "Your user certificate from " + order.organisation().name() + " (CVR "
                + order.organisation().cvr() + ") has been revoked.\n\n"
                + "Serial number: " + serial + "\n"
                + "Reason: " + describe(reason) + "\n\n"
                + "Revoked certificates cannot be reactivated. If you need a certificate, ask your user "
                + "administrator to order a new one.\n";
        return new Mail(order.user().email().value(), "Your user certificate has been revoked", body);
    }

    private static String describe(RevocationReason reason) {
        return switch (reason) {
            case CESSATION_OF_OPERATION -> "the organisation no longer exists";
            case KEY_COMPROMISE -> "suspicion of misuse";
            case AFFILIATION_CHANGED -> "the certificate information is no longer correct";
        };
    }
}
