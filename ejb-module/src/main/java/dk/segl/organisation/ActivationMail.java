package dk.segl.organisation;

import dk.segl.notification.Mail;
import dk.segl.token.OneTimeToken;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** The mail that lets a new user choose a password. */
final class ActivationMail {

    private ActivationMail() {
    }

    static Mail compose(UserAccount user, Organisation organisation, URI baseUrl, OneTimeToken token,
                        OffsetDateTime expires) {
        String link = baseUrl + "/activate?token=" + token.value();
        String body = "Hello " + user.name() + ",\n\n"
                + "You have been created as a user of " + organisation.name() + " (CVR " + organisation.cvr()
                + ") in Segl. Your login name is " + user.loginName() + ".\n\n"
                + "Choose your password here to activate your user:\n" + link + "\n\n"
                + "Activation token: " + token.value() + "\n"
                + "The link works once, until " + DateTimeFormatter.RFC_1123_DATE_TIME.format(expires) + ".\n";
        return new Mail(user.email().value(), "Activate your user in Segl", body);
    }
}
