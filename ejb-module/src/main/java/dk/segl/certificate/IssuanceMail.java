package dk.segl.certificate;

import dk.segl.language.Language;
import dk.segl.notification.Mail;
import dk.segl.token.OneTimeToken;
import java.net.URI;
import java.time.OffsetDateTime;

/**
 * "The user will receive an email with a link to issue the certificate", in the user's language.
 * The order and token lines stay the same in every language: they are for tools and support.
 */
final class IssuanceMail {

    static final String TEXTS = "dk.segl.certificate.mails";

    private IssuanceMail() {
    }

    static Mail compose(CertificateOrder order, URI baseUrl, OneTimeToken token, OffsetDateTime expires) {
        Language language = order.user().speaks();
        String link = baseUrl + "/issue?order=" + order.id() + "&token=" + token.value();
        HolderValues holder = order.holderValues();
        String body = language.text(TEXTS, "issuance.body", holder.name(), holder.organisationName(),
                holder.cvr(), link) + "\n\n"
                + "Order: " + order.id() + "\n"
                + "Issuance token: " + token.value() + "\n"
                + language.text(TEXTS, "issuance.method", language.text(TEXTS, "issuance." + order.issuanceMethod().name()))
                + "\n" + language.text(TEXTS, "issuance.expires", language.momentWithZone(expires)) + "\n";
        return new Mail(holder.email(), language.text(TEXTS, "issuance.subject"), body);
    }
}
