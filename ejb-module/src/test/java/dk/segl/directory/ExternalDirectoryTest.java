package dk.segl.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static dk.segl.directory.TestCertificates.certificate;
import static dk.segl.directory.TestCertificates.crl;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.segl.holder.Cvr;
import dk.segl.holder.HolderId;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.directory.api.ldap.model.cursor.EntryCursor;
import org.apache.directory.api.ldap.model.entry.Entry;
import org.apache.directory.api.ldap.model.message.SearchScope;
import org.apache.directory.ldap.client.api.LdapNetworkConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Segl's publisher against a real OpenLDAP {@code slapd}, as several nodes use it: an empty mdb
 * database for {@code c=DK} with the stock schema and segl.schema, a writer DN of its own with a
 * password, and anonymous reads. What an anonymous client sees after publishing, withdrawing and
 * reconciling; an unchanged entry is not written again (its entryCSN, which replicas copy by,
 * stays). Skipped on a developer machine without slapd; on CI it fails.
 */
class ExternalDirectoryTest {

    private static final Path SLAPD = Path.of("/usr/sbin/slapd");
    private static final String WRITER_DN = "cn=segl-writer,c=DK";
    private static final String WRITER_PASSWORD = "writer-" + UUID.randomUUID();
    private static final Cvr CVR = new Cvr("12345678");
    private static final CaEntry CA = new CaEntry("Segl Issuing CA 1", certificate(9), Optional.of(crl(8)),
            Optional.of(crl(7)));

    @TempDir
    Path folder;

    private Process slapd;
    private DirectoryAddress address;

    @BeforeEach
    void startSlapd() throws Exception {
        boolean installed = Files.isExecutable(SLAPD);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("slapd is missing: CI must install the Debian package slapd");
        }
        assumeTrue(installed, "OpenLDAP (Debian package slapd) is not installed");
        Path schema = folder.resolve("segl.schema");
        try (InputStream in = getClass().getResourceAsStream("/dk/segl/ldap/segl.schema")) {
            Files.copy(in, schema);
        }
        Files.createDirectories(folder.resolve("db"));
        Path conf = folder.resolve("slapd.conf");
        Files.writeString(conf, """
                include /etc/ldap/schema/core.schema
                include /etc/ldap/schema/cosine.schema
                include /etc/ldap/schema/inetorgperson.schema
                include %s
                pidfile %s
                modulepath /usr/lib/ldap
                moduleload back_mdb
                database mdb
                suffix "c=DK"
                rootdn "%s"
                rootpw %s
                directory %s
                access to * by * read
                """.formatted(schema, folder.resolve("slapd.pid"), WRITER_DN, WRITER_PASSWORD, folder.resolve("db")));
        address = new DirectoryAddress("127.0.0.1", freePort(), false);
        slapd = new ProcessBuilder(SLAPD.toString(), "-f", conf.toString(), "-h", address + "/", "-d", "0")
                .redirectErrorStream(true).redirectOutput(folder.resolve("slapd.log").toFile()).start();
        Instant deadline = Instant.now().plusSeconds(30);
        while (!connects()) {
            if (!slapd.isAlive() || Instant.now().isAfter(deadline)) {
                fail("slapd did not start: " + Files.readString(folder.resolve("slapd.log")));
            }
            Thread.sleep(100);
        }
    }

    @AfterEach
    void stopSlapd() throws InterruptedException {
        if (slapd != null) {
            slapd.destroy();
            slapd.waitFor();
        }
    }

    @Test
    void aPublishedHolderIsFoundAnonymouslyAndWrittenOnlyWhenChanged() throws Exception {
        UserEntry alice = holder("Alice Andersen", "alice@demo.example", certificate(1), certificate(2));
        try (DirectoryPublisher publisher = writer()) {
            publisher.publishRoot();
            assertTrue(publisher.publish(alice), "a new entry is written");
            assertTrue(publisher.publish(CA), "so is the CA's");
            String written = csn(alice.dn());
            assertFalse(publisher.publish(alice), "the same entry again: nothing to write");
            assertFalse(publisher.publish(CA), "the same CRLs again: nothing to write");
            assertEquals(written, csn(alice.dn()), "replicas see no change");
        }
        Entry found = only("(mail=alice@demo.example)");
        assertEquals(alice.serialNumber(), found.get("serialNumber").getString());
        assertEquals(2, found.get(DirectoryPublisher.USER_CERTIFICATE).size(), "both certificates");
        assertEquals(1, search("(organizationIdentifier=NTRDK-12345678)").size(), "and the organisation");
        assertEquals(1, search("(objectClass=deltaCRL)").size(), "and the CA with its CRLs");
        assertTrue(address.answers(Duration.ofSeconds(3)), "an anonymous search of c=DK is answered");
    }

    @Test
    void aWithdrawnHolderAndTheirEmptyOrganisationAreGone() throws Exception {
        UserEntry bob = holder("Bob Berg", "bob@demo.example", certificate(3));
        try (DirectoryPublisher publisher = writer()) {
            publisher.publishRoot();
            publisher.publish(bob);
            publisher.unpublish(bob.dn());
        }
        assertEquals(List.of(), search("(mail=bob@demo.example)"));
        assertEquals(List.of(), search("(organizationIdentifier=NTRDK-12345678)"));
    }

    @Test
    void reconciliationWritesWhatDiffersAndRemovesWhatShouldNotBeShown() throws Exception {
        UserEntry kept = holder("Karen Kept", "karen@demo.example", certificate(4));
        UserEntry moved = holder("Mads Moved", "mads@old.example", certificate(5));
        UserEntry revoked = holder("Rita Revoked", "rita@demo.example", certificate(6));
        UserEntry movedNow = new UserEntry(CVR, moved.organisationName(), moved.holder(), moved.name(),
                "mads@new.example", moved.certificates());
        try (DirectoryPublisher publisher = writer()) {
            Reconciliation.reconcile(publisher, Stream.of(kept, moved, revoked), CA);
            String keptWritten = csn(kept.dn());
            assertEquals(new Reconciliation.Outcome(1, 1, 1),
                    Reconciliation.reconcile(publisher, Stream.of(kept, movedNow), CA),
                    "the changed email written, the unchanged holder left, the revoked one's entry removed");
            assertEquals(keptWritten, csn(kept.dn()), "the unchanged entry was not written");
            assertEquals(new Reconciliation.Outcome(0, 2, 0),
                    Reconciliation.reconcile(publisher, Stream.of(kept, movedNow), CA),
                    "an unchanged directory: nothing written");
        }
        assertEquals(1, search("(mail=mads@new.example)").size());
        assertEquals(List.of(), search("(mail=mads@old.example)"));
        assertEquals(List.of(), search("(mail=rita@demo.example)"));
    }

    private static UserEntry holder(String name, String email, byte[]... certificates) {
        return new UserEntry(CVR, "Demo ApS", new HolderId(UUID.randomUUID()), name, email, List.of(certificates));
    }

    private DirectoryPublisher writer() throws DirectoryWriteException {
        return DirectoryPublisher.connect(new WriterAccount(address, WRITER_DN, WRITER_PASSWORD));
    }

    /** The entry's change sequence number, which replication compares. */
    private String csn(String dn) throws Exception {
        try (LdapNetworkConnection anonymous = anonymous()) {
            return anonymous.lookup(dn, "entryCSN").get("entryCSN").getString();
        }
    }

    private Entry only(String filter) throws Exception {
        List<Entry> found = search(filter);
        assertEquals(1, found.size(), filter);
        return found.get(0);
    }

    private List<Entry> search(String filter) throws Exception {
        List<Entry> entries = new ArrayList<>();
        try (LdapNetworkConnection anonymous = anonymous();
                EntryCursor cursor = anonymous.search(DirectoryLayout.ROOT, filter, SearchScope.SUBTREE, "*")) {
            while (cursor.next()) {
                entries.add(cursor.get());
            }
        }
        return entries;
    }

    private LdapNetworkConnection anonymous() throws Exception {
        LdapNetworkConnection connection = new LdapNetworkConnection(address.connection(Duration.ofSeconds(10)));
        connection.anonymousBind();
        return connection;
    }

    private boolean connects() {
        try (LdapNetworkConnection probe = new LdapNetworkConnection(address.connection(Duration.ofSeconds(1)))) {
            return probe.connect();
        } catch (Exception e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
