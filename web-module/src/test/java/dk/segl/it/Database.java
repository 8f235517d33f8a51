package dk.segl.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The test server's database, opened beside Payara: H2 through AUTO_SERVER when the H2 run sets
 * {@code it.h2.url}, else the PostgreSQL run's schema ({@code it.postgresql.jdbc-url}). Tests read
 * it; two write: the audit test, as an attacker with database access would, and EstIT, which moves a
 * certificate's end into the past because no test can wait for it.
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

    /** Runs an UPDATE and answers how many rows it changed. */
    static int update(String sql, String... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement update = prepared(connection, sql, parameters)) {
            return update.executeUpdate();
        }
    }

    private static Connection connect() throws SQLException {
        String h2 = System.getProperty("it.h2.url");
        return h2 != null ? DriverManager.getConnection(h2, "segl", "segl")
                : DriverManager.getConnection(System.getProperty("it.postgresql.jdbc-url"),
                        System.getProperty("it.postgresql.user"), "unused");
    }

    private static PreparedStatement prepared(Connection connection, String sql, String... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setString(i + 1, parameters[i]);
        }
        return statement;
    }

    private static int count(String sql, String... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = prepared(connection, sql, parameters)) {
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
