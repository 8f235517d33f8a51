package dk.segl.certificate;

import dk.segl.language.Language;
import dk.segl.notification.Mail;
import dk.segl.organisation.UserAccount;
import java.net.URI;

/**
 * "Your certificate ends soon and has not been renewed", to its holder and to each user
 * administrator, each in their own language. What to do next depends on how the holder is
 * identified: for User login the administrator's mail links to the user's page, where a new
 * certificate is ordered; for API the IdM system is the one expected to renew.
 */
final class RenewalReminderMail {

    private RenewalReminderMail() {
    }

    static Mail toHolder(CertificateRecord certificate) {
        Language language = certificate.user().speaks();
        HolderValues holder = certificate.holder();
        String body = language.text(IssuanceMail.TEXTS, "reminder.body", holder.name(), holder.organisationName(),
                holder.cvr(), language.momentWithZone(certificate.notAfter()), certificate.serialNumber().toString())
                + "\n\n" + language.text(IssuanceMail.TEXTS, "reminder." + identification(certificate)) + "\n";
        return new Mail(certificate.user().email().value(), language.text(IssuanceMail.TEXTS, "reminder.subject"), body);
    }

    static Mail toAdministrator(CertificateRecord certificate, UserAccount administrator, URI baseUrl) {
        Language language = administrator.speaks();
        HolderValues holder = certificate.holder();
        String orderPage = baseUrl + "/user.xhtml?id=" + certificate.user().id();
        String body = language.text(IssuanceMail.TEXTS, "reminder.admin.body", administrator.name(), holder.name(),
                holder.email(), holder.organisationName(), holder.cvr(), language.momentWithZone(certificate.notAfter()),
                certificate.serialNumber().toString())
                + "\n\n" + language.text(IssuanceMail.TEXTS, "reminder.admin." + identification(certificate),
                holder.name(), orderPage) + "\n";
        return new Mail(administrator.email().value(), language.text(IssuanceMail.TEXTS, "reminder.admin.subject"),
                body);
    }

    /** A user certificate always has its order (a renewal carries the renewed one's). */
    private static IdentificationMethod identification(CertificateRecord certificate) {
        return certificate.order().orElseThrow().identificationMethod();
    }
}
