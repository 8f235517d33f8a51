package dk.segl.command;

import dk.segl.audit.AuditRows;
import dk.segl.audit.AuditSigningKey;
import dk.segl.audit.Verification;
import dk.segl.audit.VerifyingKey;
import dk.segl.ca.CaCertificates;
import dk.segl.ca.CaCustody;
import dk.segl.ca.SerialNumber;
import dk.segl.custody.CaIdentity;
import dk.segl.custody.CaIdentityTable;
import dk.segl.custody.CaRecord;
import dk.segl.files.PrivateFiles;
import dk.segl.persistence.SchemaMigration;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * {@code segl ca init}, {@code segl ca reissue} and {@code segl audit verify} (README, "CA keys").
 * Each prints one line of what it did, or of why it refused, and exits 0 when done, 1 when refused
 * or broken, 2 for an unknown command. What the CA signs here is in the audit chain like the
 * server's signatures: the intent, committed before the keys are touched, then the result.
 */
public final class Segl {

    public static final String USAGE_LINE = "usage: segl ca init | segl ca reissue | segl audit verify";

    private final CommandSettings settings;
    private final Clock clock;
    private final PrintStream out;

    Segl(CommandSettings settings, Clock clock, PrintStream out) {
        this.settings = settings;
        this.clock = clock;
        this.out = out;
    }

    /** Flyway's progress lines would bury the one line that matters; kept referenced so the level holds. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    public static void main(String[] args) {
        FLYWAY.setLevel(Level.WARNING);
        System.exit(run(List.of(args), Map.of(), System.out, System.err));
    }

    /** {@code given} settings come before the process's own (system properties, environment, defaults). */
    public static int run(List<String> args, Map<String, String> given, PrintStream out, PrintStream err) {
        try {
            Segl segl = new Segl(CommandSettings.of(given), Clock.systemUTC(), out);
            switch (String.join(" ", args)) {
                case "ca init" -> segl.init();
                case "ca reissue" -> segl.reissue();
                case "audit verify" -> {
                    return segl.verify() ? 0 : 1;
                }
                default -> {
                    err.println(USAGE_LINE);
                    return 2;
                }
            }
            return 0;
        } catch (IllegalStateException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        } catch (SQLException e) {
            err.println("the database failed: " + e.getMessage());
            return 1;
        }
    }

    private void init() throws SQLException {
        CaCertificates created = ceremony("ca.init", "root and issuing CA", CaCustody::requireNoCa, CaCustody::create,
                (connection, made) -> {
                    signed(connection, "root-ca", made.root());
                    signed(connection, "issuing-ca", made.issuing());
                });
        out.println("Created the CA " + created.description() + ", recorded as this database's CA.");
    }

    private void reissue() throws SQLException {
        CaCertificates reissued = ceremony("ca.reissue", "issuing CA certificate, same key",
                CaCustody::requireCaToReissue, CaCustody::reissue,
                (connection, made) -> signed(connection, "issuing-ca", made.issuing()));
        out.println("Re-issued the issuing CA certificate: this database's CA is now the one "
                + reissued.description() + ".");
    }

    /**
     * One act on the CA keys: its precondition against the database's record, the intent committed,
     * then the act, what it signed and the record's change committed together (or rolled back).
     */
    private CaCertificates ceremony(String action, String intent,
            BiConsumer<CaCustody, Optional<CaIdentity>> precondition, BiFunction<CaCustody, CaRecord, CaCertificates> act,
            SignedEntries signed) throws SQLException {
        PrivateFiles.folder(settings.home());
        DataSource database = settings.dataSource();
        SchemaMigration.bringUpToDate(database, settings.optional("segl.db.schema"));
        CaCustody custody = CaCustody.configured(settings.caKeys(), clock);
        String keys = custody.keys();
        out.println("The CA keys are in " + keys + ".");
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            CaIdentityTable record = new CaIdentityTable(connection, clock);
            precondition.accept(custody, record.recorded());
            audit(connection, action, keys, "INTENT", intent);
            connection.commit();
            try {
                CaCertificates made = act.apply(custody, record);
                signed.write(connection, made);
                audit(connection, action, keys, "DONE", made.description());
                AuditRows.checkpoint(connection, clock.instant(),
                        AuditSigningKey.openOrCreate(settings.home().resolve("ca")));
                connection.commit();
                return made;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } finally {
            PrivateFiles.tighten(settings.home());
        }
    }

    /** The audit entries for the certificates an act signed. */
    @FunctionalInterface
    private interface SignedEntries {
        void write(Connection connection, CaCertificates made) throws SQLException;
    }

    private boolean verify() throws SQLException {
        Path home = settings.home();
        VerifyingKey key = VerifyingKey.read(settings.optional("segl.audit.public-key").map(Path::of)
                .orElse(home.resolve("ca").resolve(AuditSigningKey.PUBLIC_FILE)));
        try (Connection connection = settings.dataSource().getConnection()) {
            // Inside a transaction PostgreSQL streams the rows instead of reading the whole log into memory.
            connection.setAutoCommit(false);
            Verification verification = AuditRows.verify(connection, key);
            out.println(verification.summary());
            return verification.intact();
        }
    }

    private void signed(Connection connection, String target, X509Certificate certificate) throws SQLException {
        audit(connection, "ca.sign-certificate", target, "DONE", "serial " + new SerialNumber(certificate.getSerialNumber())
                + " until " + certificate.getNotAfter().toInstant());
    }

    private void audit(Connection connection, String action, String target, String outcome, String detail)
            throws SQLException {
        AuditRows.append(connection, clock.instant(), "operator " + System.getProperty("user.name") + " (segl)",
                action, target, outcome, detail);
    }
}
