package dk.segl.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The test server's H2 database, opened beside Payara (AUTO_SERVER) to read the audit log, which
 * has no reader over HTTP yet. Tests only read it. Only the H2 run sets {@code it.h2.url}.
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
}
