package dk.segl.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchScope;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing Segl acknowledged is lost when its server is killed: rounds of concurrent orders,
 * issuances and revocations over REST, {@code kill -9} of the Payara Micro process in the middle,
 * a restart on the same SEGL_HOME, and then every acknowledged order, certificate and revocation is
 * there, every CRL number stood for one CRL only and only grew, every queued mail arrived (a second
 * copy only with the same Message-ID), and no temporary file is left. Runs in its own failsafe
 * executions ({@code crash-h2}, {@code crash-postgresql}) with a server of its own, since it kills it.
 * {@code -Dcrash.rounds=N} sets the number of kills.
 */
class CrashRecoveryRounds {

    private static final Logger LOG = Logger.getLogger(CrashRecoveryRounds.class.getName());
    private static final int ROUNDS = Integer.getInteger("crash.rounds", 2);
    private static final int WORKERS = Integer.getInteger("crash.workers", 4);
    private static final Path HOME = Path.of(System.getProperty("crash.home", "target/crash"));
    private static final Path REPORTS = Path.of(System.getProperty("crash.reports", "target/failsafe-reports/crash"));
    private static final Duration WAIT = Duration.ofMinutes(3);

    private static final int LDAP_PORT = Integer.getInteger("crash.ldap.port", 18589);
    private static final List<String> DATABASE_OPTIONS = Arrays.stream(
            System.getProperty("crash.segl.options", "").split("\\s+")).filter(s -> !s.isBlank()).toList();
    /** No database options: the embedded H2 under SEGL_HOME, which the backup holds; else PostgreSQL, dumped beside it. */
    private static final boolean EMBEDDED_DATABASE = DATABASE_OPTIONS.isEmpty();
    private static final List<String> SEGL_OPTIONS = Stream.concat(Stream.of(
            "-Dsegl.smtp.host=127.0.0.1", "-Dsegl.smtp.port=" + Integer.getInteger("crash.smtp.port", 18525),
            "-Dsegl.ldap.port=" + LDAP_PORT, "-Dsegl.demo.enabled=true",
            "-Dsegl.https.port=" + Integer.getInteger("crash.https.port", 18543)), DATABASE_OPTIONS.stream()).toList();

    private static GreenMail mail;
    private static SeglProcess segl;

    @BeforeAll
    static void freshHomeAndMailServer() throws IOException {
        SeglProcess.deleteRecursively(HOME);
        try (Stream<Path> logs = Files.list(Files.createDirectories(REPORTS))) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("payara-")).toList()) {
                Files.delete(log);
            }
        }
        var setup = new com.icegreen.greenmail.util.ServerSetup(Integer.getInteger("crash.smtp.port", 18525),
                "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP);
        mail = new GreenMail(setup.createCopy());
        mail.start();
        segl = new SeglProcess(HOME, Integer.getInteger("crash.http.port", 18580), SEGL_OPTIONS);
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        if (segl != null) {
            segl.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void nothingAcknowledgedIsLostWhenTheServerIsKilled() throws Exception {
        segl.start(REPORTS.resolve("payara-start.log"));
        Api anonymous = Api.anonymous(segl.base());
        Fixtures fixtures = new Fixtures(anonymous, mail);
        Fixtures.Organisation organisation = fixtures.organisation();
        List<Fixtures.User> users = IntStream.range(0, WORKERS)
                .mapToObj(i -> fixtures.user(organisation, "Crash Worker " + (char) ('A' + i)))
                .toList();
        CrashLoad.Acknowledged acknowledged = new CrashLoad.Acknowledged();

        for (int round = 1; round <= ROUNDS; round++) {
            CrashLoad load = new CrashLoad(anonymous, mail, organisation, users, acknowledged);
            load.start();
            killedMidLoad(acknowledged);
            load.stop();
            LOG.info(String.format("Round %d: killed with %d orders, %d issued, %d revoked acknowledged so far",
                    round, acknowledged.orders.size(), acknowledged.issued.size(), acknowledged.revoked.size()));

            segl.start(REPORTS.resolve("payara-round-" + round + ".log"));
            everyAcknowledgedChangeIsThere(organisation, acknowledged);
            crlNumbersOnlyGrow(anonymous, acknowledged);
            everyQueuedMailArrivedAtMostTwiceWithOneMessageId(acknowledged);
            seglHomeIsOwnerOnlyWithoutTemporaryFiles();
        }
        restoredFromABackupTakenUnderLoad(anonymous, fixtures, organisation, users, acknowledged);
    }

    /**
     * README's "Backup and restore": an online backup taken while the load runs (on PostgreSQL with
     * {@code pg_dump} right after it), unpacked into an empty SEGL_HOME (the dump restored into a
     * fresh database), started there: the same CA, everything acknowledged before the backup was
     * asked for, CRL numbers beyond every one served before, and the directory rebuilt from the
     * database (it is not in the backup).
     */
    private static void restoredFromABackupTakenUnderLoad(Api anonymous, Fixtures fixtures,
                                                          Fixtures.Organisation organisation, List<Fixtures.User> users,
                                                          CrashLoad.Acknowledged acknowledged) throws Exception {
        byte[] issuingCa = anonymous.get("/ca/issuing.cer").body();
        Fixtures.User published = users.get(0);
        assertEquals(200, fixtures.issue(published, fixtures.ordered(organisation, published,
                Fixtures.order("USER_LOGIN", "HARDWARE", true)), Csrs.ec("secp256r1")).status());
        CrashLoad load = new CrashLoad(anonymous, mail, organisation, users, acknowledged);
        load.start();
        int issued = acknowledged.issued.size();
        await("work under way").atMost(WAIT).until(() -> acknowledged.issued.size() > issued);
        CrashLoad.Acknowledged beforeBackup = acknowledged.copy();
        ApiResponse taken = fixtures.operator().post("/api/v1/operations/backups", Json.createObjectBuilder().build());
        Path dump = REPORTS.resolve("segl.dump");
        if (!EMBEDDED_DATABASE) {
            PostgresDump.of(DATABASE_OPTIONS).dump(dump);
        }
        load.stop();
        assertEquals(201, taken.status(), taken::toString);
        BigInteger lastCrlNumber = Stream.concat(acknowledged.crlNumbersInOrderSeen.stream(),
                acknowledged.deltaNumbersInOrderSeen.stream()).max(BigInteger::compareTo).orElse(BigInteger.ZERO);
        segl.close();

        Path restored = HOME.resolveSibling(HOME.getFileName() + "-restored");
        SeglProcess.deleteRecursively(restored);
        unzip(HOME.resolve("backups").resolve(taken.json().getString("file")), Files.createDirectories(restored));
        List<String> restoredOptions = EMBEDDED_DATABASE ? SEGL_OPTIONS
                : PostgresDump.of(SEGL_OPTIONS).restoredInto("segl_restored", dump, SEGL_OPTIONS);
        segl = new SeglProcess(restored, segl.port(), restoredOptions);
        segl.start(REPORTS.resolve("payara-restored.log"));

        everyAcknowledgedChangeIsThere(organisation, beforeBackup);
        assertArrayEquals(issuingCa, anonymous.get("/ca/issuing.cer").body(), "the same issuing CA");
        X509CRL crl = CrashLoad.fetchCrl(anonymous, new CrashLoad.Acknowledged());
        assertTrue(CrashLoad.crlNumber(crl).compareTo(lastCrlNumber) > 0,
                () -> "CRL number " + CrashLoad.crlNumber(crl) + " after the restore, " + lastCrlNumber + " served before");
        await("the directory rebuilt from the database").atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> publishedCertificates(published.email()) > 0);
    }

    private static int publishedCertificates(String email) {
        try (LDAPConnection ldap = new LDAPConnection("127.0.0.1", LDAP_PORT)) {
            return ldap.search("c=DK", SearchScope.SUB, Filter.createEqualityFilter("mail", email)).getEntryCount();
        } catch (LDAPException e) {
            return 0;
        }
    }

    private static void unzip(Path archive, Path into) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), "entry outside the archive's root: " + entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
            }
        }
    }

    /**
     * Kills the server once this round has issued and revoked something, a random moment later,
     * so the kill lands in the middle of work however slow the machine is.
     */
    private static void killedMidLoad(CrashLoad.Acknowledged acknowledged) throws InterruptedException {
        int issued = acknowledged.issued.size();
        int revoked = acknowledged.revoked.size();
        await("work acknowledged before the kill").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> acknowledged.issued.size() >= issued + 2 && acknowledged.revoked.size() > revoked);
        Thread.sleep(ThreadLocalRandom.current().nextLong(0, 3_000));
        segl.kill();
    }

    private static void everyAcknowledgedChangeIsThere(Fixtures.Organisation organisation,
                                                       CrashLoad.Acknowledged acknowledged) {
        List<Runnable> checks = new ArrayList<>();
        for (CrashLoad.Order order : acknowledged.orders.values()) {
            checks.add(() -> {
                ApiResponse answer = organisation.admin().get(
                        organisation.users() + "/" + order.userId() + "/certificates/" + order.id());
                assertEquals(200, answer.status(), () -> "acknowledged order " + order.id() + " lost: " + answer);
                JsonObject certificate = answer.json();
                BigInteger serial = acknowledged.issued.get(order.id());
                if (serial != null) {
                    assertEquals(serial, new BigInteger(certificate.getString("serialNumber"), 16),
                            () -> "issued certificate of " + order.id() + " lost: " + certificate);
                }
                if (acknowledged.revoked.containsKey(order.id())) {
                    assertEquals("REVOKED", certificate.getString("status"), () -> "revocation lost: " + certificate);
                }
            });
        }
        assertAll(checks.stream().map(c -> c::run));
    }

    /** Each CRL number stands for one CRL; they only grow; every acknowledged revocation gets on one. */
    private static void crlNumbersOnlyGrow(Api anonymous, CrashLoad.Acknowledged acknowledged) {
        Set<BigInteger> revoked = new HashSet<>(acknowledged.revoked.values());
        // The full CRL comes hourly; the delta lists what was revoked since, so the two together list every revocation.
        X509CRL crl = await("every acknowledged revocation on the full or the delta CRL").atMost(WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> CrashLoad.fetchCrl(anonymous, acknowledged),
                        c -> listed(c, CrashLoad.fetchCrl(anonymous, acknowledged, CrashLoad.DELTA)).containsAll(revoked));
        for (List<BigInteger> seen : List.of(acknowledged.crlNumbersInOrderSeen, acknowledged.deltaNumbersInOrderSeen)) {
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i).compareTo(seen.get(i - 1)) >= 0, "CRL number went back: " + seen);
            }
        }
        assertTrue(CrashLoad.crlNumber(crl).signum() > 0);
    }

    private static Set<BigInteger> listed(X509CRL... crls) {
        return java.util.Arrays.stream(crls).filter(c -> c.getRevokedCertificates() != null)
                .flatMap(c -> c.getRevokedCertificates().stream()).map(e -> e.getSerialNumber()).collect(Collectors.toSet());
    }

    private static void everyQueuedMailArrivedAtMostTwiceWithOneMessageId(CrashLoad.Acknowledged acknowledged)
            throws MessagingException, IOException {
        Map<String, String> markers = new java.util.HashMap<>();
        acknowledged.orders.keySet().forEach(id -> markers.put("Order: " + id, "issuance mail of " + id));
        acknowledged.revoked.forEach((id, serial) -> markers.put("Serial number: " + serialHex(serial)
                + "\n", "revocation mail of " + id));
        await("every queued mail delivered").atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> undelivered(markers).isEmpty());
        Map<String, List<String>> messageIds = new java.util.HashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            String body = String.valueOf(message.getContent()).replace("\r\n", "\n");
            for (String marker : markers.keySet()) {
                if (body.contains(marker)) {
                    messageIds.computeIfAbsent(marker, m -> new ArrayList<>()).add(message.getMessageID());
                }
            }
        }
        messageIds.forEach((marker, ids) -> assertEquals(1, Set.copyOf(ids).size(),
                () -> markers.get(marker) + " delivered with different Message-IDs: " + ids));
        long duplicates = messageIds.values().stream().filter(ids -> ids.size() > 1).count();
        LOG.info("Mails delivered twice after a crash (same Message-ID): " + duplicates);
    }

    private static Set<String> undelivered(Map<String, String> markers) {
        Set<String> missing = new HashSet<>(markers.keySet());
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                String body = String.valueOf(message.getContent()).replace("\r\n", "\n");
                missing.removeIf(body::contains);
            } catch (MessagingException | IOException e) {
                throw new AssertionError(e);
            }
        }
        return missing;
    }

    /** The one text form of a serial number, as the mail shows it: 40 upper-case hex digits, zero-padded. */
    private static String serialHex(BigInteger serial) {
        return String.format("%040X", serial);
    }

    private static void seglHomeIsOwnerOnlyWithoutTemporaryFiles() throws IOException {
        try (Stream<Path> files = seglFiles()) {
            List<String> open = files.filter(p -> !ownerOnly(p)).map(p -> p + " " + mode(p)).toList();
            assertEquals(List.of(), open, "not owner-only");
        }
        try (Stream<Path> files = seglFiles()) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".part")
                    || p.getFileName().toString().startsWith(".segl-")).toList(), "temporary files left by the crash");
        }
    }

    /** Everything under SEGL_HOME except Payara's own runtime folder, which it makes afresh at each start. */
    private static Stream<Path> seglFiles() throws IOException {
        return Files.walk(HOME).filter(p -> !p.startsWith(HOME.resolve("payara")));
    }

    private static boolean ownerOnly(Path path) {
        String mode = mode(path);
        return mode.isEmpty() || mode.substring(3).equals("------");
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            return "";
        }
    }
}
