package dk.segl.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The test server's H2 database, opened beside Payara (AUTO_SERVER) to read what no interface
 * shows yet: the audit log. Tests only read it. Only the H2 run sets {@code it.h2.url}.
 */
final class Database {

    private Database() {
    }

    /** How many refusals the audit log holds for the actor (a login name). */
    static int refusalsAudited(String actor) throws SQLException {
        return count("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND outcome = 'REFUSED'", actor);
    }

    /** How many audit entries record the action on the target. */
    static int auditEntries(String action, String target) throws SQLException {
        return count("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND target = ?", action, target);
    }

    private static int count(String sql, String... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.h2.url"), "segl", "segl");
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
