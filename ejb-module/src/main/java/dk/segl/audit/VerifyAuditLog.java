package dk.segl.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The operator's audit check, run beside Segl against its database (README, "Verifying the audit
 * log"): prints "intact, N entries, last checkpoint at T" and exits 0, or names the first broken
 * row and exits 1. Settings are system properties: {@code segl.db.url}, {@code segl.db.user},
 * {@code segl.db.password} as Segl's own, and the audit signer's public key from
 * {@code segl.audit.public-key} (default {@code <segl.home>/ca/audit-signer.pem}).
 */
public final class VerifyAuditLog {

    private VerifyAuditLog() {
    }

    public static void main(String[] args) throws SQLException {
        String home = System.getProperty("segl.home", "./segl-data");
        String url = System.getProperty("segl.db.url", "jdbc:h2:file:" + home + "/db/segl");
        VerifyingKey key = VerifyingKey.read(Path.of(System.getProperty("segl.audit.public-key",
                Path.of(home, "ca", AuditSigningKey.PUBLIC_FILE).toString())));
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("segl.db.user", "segl"),
                System.getProperty("segl.db.password", "segl"))) {
            // Inside a transaction PostgreSQL streams the rows instead of reading the whole log into memory.
            connection.setAutoCommit(false);
            Verification verification = AuditRows.verify(connection, key);
            System.out.println(verification.summary());
            if (!verification.intact()) {
                System.exit(1);
            }
        }
    }
}
