package dk.segl.it;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SMTP server Segl sends to in the tests (GreenMail), and reading what arrived. */
public final class Mailboxes {

    public static final int PORT = Integer.getInteger("it.smtp.port", 3025);

    private Mailboxes() {
    }

    public static ServerSetup smtpSetup() {
        ServerSetup setup = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        return setup;
    }

    public static GreenMailExtension smtp() {
        return new GreenMailExtension(smtpSetup()).withPerMethodLifecycle(false);
    }

    /** The mails to one recipient whose text contains {@code marker}. */
    public static List<ReceivedMail> to(GreenMailOperations mail, String recipient, String marker) {
        return Arrays.stream(mail.getReceivedMessages())
                .map(ReceivedMail::of)
                .filter(m -> m.to().equals(recipient) && m.body().contains(marker))
                .toList();
    }

    /** Waits for the first mail to the recipient that contains the marker. */
    public static ReceivedMail awaitMail(GreenMailOperations mail, String recipient, String marker) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> to(mail, recipient, marker).stream().findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    public record ReceivedMail(String to, String subject, String body) {

        static ReceivedMail of(MimeMessage message) {
            try {
                return new ReceivedMail(message.getRecipients(Message.RecipientType.TO)[0].toString(),
                        message.getSubject(), String.valueOf(message.getContent()));
            } catch (MessagingException | IOException e) {
                throw new AssertionError("Unreadable mail", e);
            }
        }

        public String value(String label) {
            Matcher m = Pattern.compile("^" + Pattern.quote(label) + ": (\\S+)$", Pattern.MULTILINE).matcher(body);
            if (!m.find()) {
                throw new AssertionError("No '" + label + "' in mail: " + body);
            }
            return m.group(1);
        }
    }
}
