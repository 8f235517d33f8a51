package dk.segl.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Builds the MIME form of a {@link Mail}; 8bit text so links stay readable in the raw message. */
final class MimeMail {

    private MimeMail() {
    }

    static MimeMessage of(Session session, String from, Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, false));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), false));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Transfer-Encoding", "8bit");
        message.saveChanges();
        message.setHeader("Content-Transfer-Encoding", "8bit");
        return message;
    }
}
