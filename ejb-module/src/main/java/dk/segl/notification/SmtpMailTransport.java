package dk.segl.notification;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.Properties;

/** Sends through the configured SMTP server. Short time-outs keep an outage from holding the worker. */
final class SmtpMailTransport implements MailTransport {

    private final Session session;
    private final String from;

    SmtpMailTransport(String host, int port, boolean startTls, String user, String password, String from) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.starttls.required", String.valueOf(startTls));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.mime.allowutf8", "true");
        Authenticator authenticator = null;
        if (user != null) {
            props.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        this.session = Session.getInstance(props, authenticator);
        this.from = from;
    }

    @Override
    public void deliver(QueuedMail mail) throws MailDeliveryException {
        try {
            Transport.send(MimeMail.of(session, from, mail));
        } catch (MessagingException e) {
            throw MailDeliveryException.of("SMTP delivery failed", e);
        }
    }
}
