package dk.segl.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * An acknowledged change must survive the server being killed: the commit has to reach the file
 * before the answer leaves. H2 by default writes commits lazily (up to 500 ms later); {@code
 * WRITE_DELAY 0} makes every commit write its changes to the file before it returns. The setting
 * is database-wide and kept in the database, and set again at every start so a database made by
 * an older Segl, or a URL without it, is durable too. PostgreSQL is durable by default; a server
 * configured otherwise is named in the log at start.
 */
final class DurableCommits {

    private static final Logger LOG = Logger.getLogger(DurableCommits.class.getName());

    private DurableCommits() {
    }

    static void require(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
        try (Statement statement = connection.createStatement()) {
            if (product.contains("h2")) {
                statement.execute("SET WRITE_DELAY 0");
            } else if (product.contains("postgres")) {
                warnUnlessOn(statement, "synchronous_commit");
                warnUnlessOn(statement, "fsync");
            }
        }
    }

    private static void warnUnlessOn(Statement statement, String setting) throws SQLException {
        try (ResultSet value = statement.executeQuery("SHOW " + setting)) {
            if (value.next() && "off".equalsIgnoreCase(value.getString(1))) {
                LOG.warning(() -> "PostgreSQL runs with " + setting + " = off: a commit Segl has acknowledged can be "
                        + "lost when the database server crashes. Set it to on.");
            }
        }
    }
}
