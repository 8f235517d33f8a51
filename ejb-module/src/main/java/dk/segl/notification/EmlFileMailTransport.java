package dk.segl.notification;

import dk.segl.files.PrivateFiles;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * With no SMTP server configured (the embedded default), each mail becomes an .eml file under
 * {@code SEGL_HOME/mail}, so a newcomer can open the links without running a mail server. The
 * file is named after the outbox row, so a mail written again after a crash replaces its own file
 * instead of making a second one, and it is written whole or not at all ({@link PrivateFiles}).
 */
final class EmlFileMailTransport implements MailTransport {

    private final Path folder;
    private final String from;
    private final Session session = Session.getInstance(new Properties());

    /** Removes what a crash in the middle of writing a mail left behind. */
    EmlFileMailTransport(Path folder, String from) {
        this.folder = PrivateFiles.folder(folder);
        this.from = from;
        PrivateFiles.removeLeftovers(this.folder);
    }

    @Override
    public void deliver(QueuedMail mail) throws MailDeliveryException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MimeMail.of(session, from, mail).writeTo(out);
            PrivateFiles.writeAtomically(folder.resolve(mail.id() + ".eml"), out.toByteArray());
        } catch (MessagingException e) {
            throw MailDeliveryException.of("Writing the mail file failed", e);
        } catch (IOException | UncheckedIOException e) {
            throw new MailDeliveryException("Writing the mail file failed: " + e.getMessage(), e);
        }
    }
}
