package dk.segl.certificate;

import dk.segl.notification.Mail;
import dk.segl.token.OneTimeToken;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** "The user will receive an email with a link to issue the certificate." */
final class IssuanceMail {

    private IssuanceMail() {
    }

    static Mail compose(CertificateOrder order, URI baseUrl, OneTimeToken token, OffsetDateTime expires) {
        String link = baseUrl + "/issue?order=" + order.id() + "&token=" + token.value();
        HolderValues holder = order.holderValues();
        String body = "Hello " + holder.name() + ",\n\n"
                + "A user certificate has been ordered for you by " + holder.organisationName()
                + " (CVR " + holder.cvr() + ").\n\n"
                + "Log in and issue your certificate here:\n" + link + "\n\n"
                + "Order: " + order.id() + "\n"
                + "Issuance token: " + token.value() + "\n"
                + "Issuance method: " + describe(order.issuanceMethod()) + "\n"
                + "The link works once, only for you, until "
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(expires) + ".\n";
        return new Mail(holder.email(), "Issue your user certificate", body);
    }

    private static String describe(IssuanceMethod method) {
        return switch (method) {
            case BROWSER -> "Internet browser";
            case HARDWARE -> "Hardware";
            case EST -> "System (EST API)";
        };
    }
}
