package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The test server's H2 database, opened beside Payara (AUTO_SERVER), for what no test can wait
 * for (two weeks passing) and what no interface shows yet (the audit log). Only the H2 run sets
 * {@code it.h2.url}.
 */
final class Database {

    private Database() {
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

    /** How many audit entries record the action on the target. */
    static int auditEntries(String action, String target) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.h2.url"), "segl", "segl");
             PreparedStatement query = connection.prepareStatement(
                     "SELECT COUNT(*) FROM audit_entry WHERE action = ? AND target = ?")) {
            query.setString(1, action);
            query.setString(2, target);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
