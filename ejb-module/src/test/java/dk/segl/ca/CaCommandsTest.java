package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.command.Segl;
import dk.segl.custody.CaIdentity;
import dk.segl.custody.CaIdentityTable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code segl ca init}, {@code segl ca reissue} and {@code segl audit verify} (README, "CA keys") on
 * H2 and on PostgreSQL (127.0.0.1:5432, database test, a schema of its own): the CA is made and
 * recorded once, a second init refuses and says why, and after a re-issue the server's start-up
 * check accepts the keys, and refuses a start without them. The commands are called as
 * {@code segl} calls them, with these settings first.
 */
class CaCommandsTest {

    private static final String SCHEMA = "segl_ca_commands";

    @TempDir
    static Path temp;

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of("h2", Map.of("segl.home", temp.resolve("h2").toString())),
                Arguments.of("postgresql", Map.of("segl.home", temp.resolve("postgresql").toString(),
                        "segl.db.datasource-class", "org.postgresql.ds.PGSimpleDataSource",
                        "segl.db.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA,
                        "segl.db.schema", SCHEMA, "segl.db.user", "postgres", "segl.db.password", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theCaIsCreatedOnceAndItsReissuedCertificateIsAcceptedAtStart(String database, Map<String, String> settings)
            throws Exception {
        dropSchema(settings);
        Run init = segl(settings, "ca", "init");
        assertEquals(0, init.exit(), init.err());
        Pkcs12CaKeyStore created = keyStore(settings);
        CaIdentity identity = KeyCustody.identity(created.root().certificate(), created.issuing().certificate());
        assertTrue(init.out().contains("Created the CA " + KeyCustody.describe(identity)
                + ", recorded as this database's CA."), init.out());
        assertEquals(Optional.of(identity), recorded(settings));

        Run again = segl(settings, "ca", "init");
        assertEquals(1, again.exit());
        assertTrue(again.err().startsWith("segl ca init refuses: the database already belongs to the CA "
                + KeyCustody.describe(identity) + ". A database has one CA; nothing was created."), again.err());
        assertEquals(created.root().certificate(), keyStore(settings).root().certificate(), "keys untouched");

        Run reissue = segl(settings, "ca", "reissue");
        assertEquals(0, reissue.exit(), reissue.err());
        X509Certificate reissued = keyStore(settings).issuing().certificate();
        assertNotEquals(created.issuing().certificate(), reissued);
        assertEquals(created.issuing().publicKey(), reissued.getPublicKey(), "the same issuing key");
        CaIdentity now = KeyCustody.identity(created.root().certificate(), reissued);
        assertEquals(Optional.of(now), recorded(settings));
        assertEquals(reissued, startUp(settings).issuing().certificate(), "the server's start-up check accepts it");

        Path keys = Path.of(settings.get("segl.home"), "ca");
        Path away = keys.resolveSibling("ca-away");
        Files.move(keys, away);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> startUp(settings));
        assertTrue(refused.getMessage().startsWith("Segl refuses to start: this database belongs to the CA "
                + KeyCustody.describe(now) + ", but there is no CA in the key store " + keys.resolve("ca.p12")),
                refused.getMessage());
        assertFalse(Files.exists(keys.resolve("ca.p12")), "no new CA made, though creation at start is allowed");
        try (Stream<Path> made = Files.walk(keys)) {
            made.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        Files.move(away, keys);

        Run verify = segl(settings, "audit", "verify");
        assertTrue(verify.out().startsWith("intact, 9 entries, last checkpoint at "), verify.out() + verify.err());
        assertEquals(0, verify.exit());
        dropSchema(settings);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("init where the keys already hold a CA", "init-then-new-database", List.of("ca", "init"), 1,
                        "segl ca init refuses: the key store "),
                Arguments.of("reissue before init", "empty", List.of("ca", "reissue"), 1,
                        "segl ca reissue refuses: the database has no CA yet: create it with `segl ca init`."),
                Arguments.of("an unknown command", "empty", List.of("ca", "destroy"), 2, Segl.USAGE_LINE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusalsSayWhy(String name, String home, List<String> command, int exit, String reason) {
        Map<String, String> settings = new HashMap<>(Map.of("segl.home", temp.resolve(name).toString()));
        if (home.equals("init-then-new-database")) {
            assertEquals(0, segl(settings, "ca", "init").exit());
            settings.put("segl.db.url", "jdbc:h2:file:" + temp.resolve(name).resolve("other-db"));
        }
        Run run = segl(settings, command.toArray(String[]::new));
        assertEquals(exit, run.exit(), run.err());
        assertTrue(run.err().startsWith(reason), run.err());
    }

    record Run(int exit, String out, String err) {
    }

    static Run segl(Map<String, String> settings, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Segl.run(List.of(args), settings, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Pkcs12CaKeyStore keyStore(Map<String, String> settings) {
        Path ca = Path.of(settings.get("segl.home"), "ca");
        return Pkcs12CaKeyStore.openOrCreate(ca.resolve("ca.p12"), KeystorePassword.read(ca.resolve("ca.p12.password")),
                names(), CaKey.DEFAULT_SIGNATURE_ALGORITHM, Clock.systemUTC());
    }

    /**
     * What {@link CertificateAuthority} does at start, on the database and keys the commands used,
     * with creation at start allowed: a database with a CA never gets another one.
     */
    private static CaKeyStore startUp(Map<String, String> settings) throws Exception {
        CaKeyConfiguration keys = new CaKeyConfiguration(Path.of(settings.get("segl.home")), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty(), names(),
                CaKey.DEFAULT_SIGNATURE_ALGORITHM);
        try (Connection connection = connect(settings)) {
            return CaCustody.configured(keys, Clock.systemUTC()).atStart(new CaIdentityTable(connection, Clock.systemUTC()),
                    true);
        }
    }

    /** The defaults' names, as the commands read them. */
    private static CaNames names() {
        return new CaNames("Segl Root CA", "Segl Issuing CA 1", "Segl", java.net.URI.create("http://localhost:8080"),
                List.of("2.5.29.32.0"));
    }

    private static Optional<CaIdentity> recorded(Map<String, String> settings) throws Exception {
        try (Connection connection = connect(settings)) {
            return new CaIdentityTable(connection, Clock.systemUTC()).recorded();
        }
    }

    private static Connection connect(Map<String, String> settings) throws Exception {
        return DriverManager.getConnection(settings.getOrDefault("segl.db.url",
                "jdbc:h2:file:" + settings.get("segl.home") + "/db/segl"), settings.getOrDefault("segl.db.user", "segl"),
                settings.getOrDefault("segl.db.password", "segl"));
    }

    private static void dropSchema(Map<String, String> settings) throws Exception {
        if (settings.containsKey("segl.db.schema")) {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }
}
