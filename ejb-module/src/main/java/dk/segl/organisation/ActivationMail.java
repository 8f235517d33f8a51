package dk.segl.organisation;

import dk.segl.language.Language;
import dk.segl.notification.Mail;
import dk.segl.token.OneTimeToken;
import java.net.URI;
import java.time.OffsetDateTime;

/**
 * The mail that lets a new user choose a password, in the user's language. The token line stays
 * the same in every language: it is for tools and support, not prose.
 */
final class ActivationMail {

    private static final String TEXTS = "dk.segl.organisation.mails";

    private ActivationMail() {
    }

    static Mail compose(UserAccount user, Organisation organisation, URI baseUrl, OneTimeToken token,
                        OffsetDateTime expires) {
        Language language = user.speaks();
        String link = baseUrl + "/activate?token=" + token.value();
        String body = language.text(TEXTS, "activation.body", user.name(), organisation.name(),
                organisation.cvr().toString(), user.loginName(), link) + "\n\n"
                + "Activation token: " + token.value() + "\n"
                + language.text(TEXTS, "activation.expires", language.momentWithZone(expires)) + "\n";
        return new Mail(user.email().value(), language.text(TEXTS, "activation.subject"), body);
    }
}
