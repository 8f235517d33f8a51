package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The test server's H2 database, opened beside Payara (AUTO_SERVER), for what no test can wait
 * for: two weeks passing; and the audit log, which has no reader yet. Only the H2 run sets {@code it.h2.url}.
 */
final class Database {

    private Database() {
    }

    /** How many refusals the audit log holds for the actor (a login name). */
    static int refusalsAudited(String actor) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.h2.url"), "segl", "segl");
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND outcome = 'REFUSED'")) {
            count.setString(1, actor);
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Lets the order's issuance link run out, as if its 14 days had passed. */
    static void expireIssuanceLink(String orderId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.h2.url"), "segl", "segl");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE certificate_order SET issuance_expires_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
            update.setString(2, orderId);
            assertEquals(1, update.executeUpdate());
        }
    }
}
