package dk.segl.directory;

import static dk.segl.directory.TestCertificates.certificate;
import static dk.segl.directory.TestCertificates.crl;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.files.PrivateFiles;
import dk.segl.holder.Cvr;
import dk.segl.holder.HolderId;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.directory.api.ldap.model.cursor.EntryCursor;
import org.apache.directory.api.ldap.model.entry.DefaultEntry;
import org.apache.directory.api.ldap.model.entry.Entry;
import org.apache.directory.api.ldap.model.entry.Value;
import org.apache.directory.api.ldap.model.exception.LdapNoPermissionException;
import org.apache.directory.api.ldap.model.message.SearchScope;
import org.apache.directory.ldap.client.api.LdapNetworkConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server and the publisher together, without an application server: what an
 * anonymous client sees after publishing, that it cannot write, and that data survives a restart.
 */
class EmbeddedDirectoryTest {

    private static final char[] PASSWORD = "test-admin-password".toCharArray();
    private static final byte[] CA_CERTIFICATE = certificate(9);
    private static final byte[] CRL = crl(8);
    private static final byte[] DELTA_CRL = crl(7);
    static final DirectoryLimits LIMITS = new DirectoryLimits(100, Duration.ofSeconds(10), 65536,
            new FilterBounds(10, 64), 256, Duration.ofMinutes(2));

    @TempDir
    Path home;

    @Test
    void publishedHoldersAreReadableAnonymouslyAndSurviveARestart() throws Exception {
        Path folder = home.resolve("ldap");
        PrivateFiles.folder(folder);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        int port = freePort();
        UserEntry alice = new UserEntry(new Cvr("12345678"), "Demo ApS", new HolderId(UUID.randomUUID()), "Alice Andersen",
                "alice@demo.example", List.of(certificate(1), certificate(2)));

        EmbeddedDirectory directory = EmbeddedDirectory.start(folder, PASSWORD, LIMITS);
        LdapListener listener = new LdapListener(directory.service(), port, LIMITS);
        listener.start();
        WriterAccount writer = WriterAccount.embedded(port, new String(PASSWORD));
        try (DirectoryPublisher publisher = DirectoryPublisher.connect(writer)) {
            publisher.publish(alice);
            publisher.publish(new CaEntry("Segl Issuing CA 1", CA_CERTIFICATE, Optional.of(CRL), Optional.empty()));
            // Again, as an entry made before delta CRLs is brought up to date: the delta comes with its class.
            CaEntry withDelta = new CaEntry("Segl Issuing CA 1", CA_CERTIFICATE, Optional.of(CRL), Optional.of(DELTA_CRL));
            assertTrue(publisher.publish(withDelta), "the delta is written");
            assertFalse(publisher.publish(alice), "an unchanged holder is not written again");
            assertFalse(publisher.publish(withDelta), "nor an unchanged CA entry");
        }
        try (LdapNetworkConnection anonymous = new LdapNetworkConnection(LdapListener.HOST, port)) {
            anonymous.anonymousBind();
            List<Entry> found = search(anonymous, "(mail=alice@demo.example)");
            assertEquals(1, found.size());
            assertEquals(2, found.get(0).get(DirectoryPublisher.USER_CERTIFICATE).size());
            assertEquals(alice.serialNumber(), found.get(0).get("serialNumber").getString());
            assertEquals(1, search(anonymous, "(organizationIdentifier=NTRDK-12345678)").size());
            Entry ca = search(anonymous, "(objectClass=deltaCRL)").get(0);
            assertArrayEquals(CRL, ca.get("certificateRevocationList").getBytes());
            assertArrayEquals(DELTA_CRL, ca.get("deltaRevocationList").getBytes());
            assertThrows(LdapNoPermissionException.class, () -> anonymous.add(new DefaultEntry(
                    "organizationIdentifier=NTRDK-87654321,c=DK", "objectClass: organization",
                    "objectClass: seglOrganisation", "o: Intruder", "organizationIdentifier: NTRDK-87654321")));
            assertThrows(LdapNoPermissionException.class, () -> anonymous.delete(alice.dn()));
            assertFalse(anonymous.exists("ou=system"));
        }
        listener.stop();
        directory.shutdown();

        EmbeddedDirectory again = EmbeddedDirectory.start(folder, PASSWORD, LIMITS);
        LdapListener restarted = new LdapListener(again.service(), port, LIMITS);
        restarted.start();
        try (LdapNetworkConnection anonymous = new LdapNetworkConnection(LdapListener.HOST, port)) {
            anonymous.anonymousBind();
            assertEquals(1, search(anonymous, "(mail=alice@demo.example)").size(), "still public after a restart");
            assertThrows(LdapNoPermissionException.class, () -> anonymous.delete(alice.dn()), "still read-only");
        }
        try (DirectoryPublisher publisher = DirectoryPublisher.connect(writer)) {
            assertEquals(alice.dn(), publisher.publishedUsers().get(alice.serialNumber()));
            publisher.unpublish(alice.dn());
            assertTrue(publisher.publishedUsers().isEmpty());
        } finally {
            restarted.stop();
            again.shutdown();
        }
    }

    private static List<Entry> search(LdapNetworkConnection connection, String filter) throws Exception {
        List<Entry> entries = new ArrayList<>();
        try (EntryCursor cursor = connection.search(DirectoryLayout.ROOT, filter, SearchScope.SUBTREE, "*")) {
            while (cursor.next()) {
                entries.add(cursor.get());
            }
        }
        return entries;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
