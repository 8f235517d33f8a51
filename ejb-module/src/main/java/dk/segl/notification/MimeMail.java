package dk.segl.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Builds the MIME form of a queued mail; 8bit text so links stay readable in the raw message.
 * The Message-ID is the one the outbox fixed when the mail was queued, not a new one per delivery.
 */
final class MimeMail extends MimeMessage {

    private final String messageId;

    private MimeMail(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    static MimeMessage of(Session session, String from, QueuedMail queued) throws MessagingException {
        Mail mail = queued.mail();
        MimeMail message = new MimeMail(session, queued.messageId());
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

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
