package dk.segl.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

/**
 * With no SMTP server configured (the embedded default), each mail becomes an .eml file under
 * {@code SEGL_HOME/mail}, so a newcomer can open the links without running a mail server.
 */
final class EmlFileMailTransport implements MailTransport {

    private final Path folder;
    private final String from;
    private final Session session = Session.getInstance(new Properties());

    EmlFileMailTransport(Path folder, String from) {
        this.folder = folder;
        this.from = from;
    }

    @Override
    public void deliver(Mail mail) throws MailDeliveryException {
        try {
            Files.createDirectories(folder);
            String name = Instant.now().toString().replace(':', '-') + "-" + UUID.randomUUID() + ".eml";
            Path partial = folder.resolve(name + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                MimeMail.of(session, from, mail).writeTo(out);
            }
            Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | MessagingException e) {
            throw new MailDeliveryException("Writing the mail file failed: " + e.getMessage(), e);
        }
    }
}
