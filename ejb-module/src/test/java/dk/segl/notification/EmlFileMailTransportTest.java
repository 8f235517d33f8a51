package dk.segl.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mail as files: one file per mail however often it is written, with its queued Message-ID, and no partial files. */
class EmlFileMailTransportTest {

    private static final String FROM = "Segl <noreply@segl.example>";

    @TempDir
    Path home;

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aMailWrittenAgainAfterACrashReplacesItsOwnFileWithTheSameMessageId() throws Exception {
        Path folder = home.resolve("mail");
        var transport = new EmlFileMailTransport(folder, FROM);
        QueuedMail mail = new QueuedMail("6f1c", MessageIds.of("6f1c", FROM),
                new Mail("alice@example.com", "Issue your user certificate", "Issuance token: abc"));
        transport.deliver(mail);
        transport.deliver(mail);

        List<Path> written = files(folder);
        assertEquals(List.of(folder.resolve("6f1c.eml")), written);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(written.get(0))));
        try (InputStream in = Files.newInputStream(written.get(0))) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            assertEquals("<6f1c@segl.example>", message.getMessageID());
            assertEquals("alice@example.com", message.getAllRecipients()[0].toString());
            assertTrue(String.valueOf(message.getContent()).contains("Issuance token: abc"));
        }
    }

    @Test
    void whatACrashLeftHalfWrittenIsRemovedAtStart() throws Exception {
        Path folder = Files.createDirectories(home.resolve("mail"));
        Files.writeString(folder.resolve(".segl-4711.tmp"), "From: half a mail");
        Files.writeString(folder.resolve("delivered.eml"), "a whole mail");
        new EmlFileMailTransport(folder, FROM);
        assertEquals(List.of(folder.resolve("delivered.eml")), files(folder));
    }
}
