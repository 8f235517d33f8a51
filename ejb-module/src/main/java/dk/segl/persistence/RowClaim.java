package dk.segl.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The rows a worker takes for the length of its transaction, skipping those another transaction
 * holds instead of waiting for them ({@code FOR UPDATE SKIP LOCKED}, which PostgreSQL and H2 2.2
 * both understand). So several nodes run the same workers on one database: each works on rows
 * no other node holds, none waits on a row that a slow mail or directory server keeps locked,
 * and a node that dies releases its rows with its connection.
 *
 * <p>Each claim is a table's rows keyed by {@code id} and a condition saying which are due, in
 * SQL with {@code ?} parameters. It runs on the datasource inside the caller's JTA transaction:
 * the server hands out the transaction's own connection, so the locks last until it ends and
 * the caller's entities are read after them.
 */
public final class RowClaim {

    private final String table;
    private final String due;
    private final String soonestFirst;

    private RowClaim(String table, String due, String soonestFirst) {
        this.table = table;
        this.due = due;
        this.soonestFirst = soonestFirst;
    }

    /** The rows of {@code table} for which the SQL condition {@code due} holds. */
    public static RowClaim of(String table, String due) {
        return new RowClaim(table, due, null);
    }

    /**
     * Claims in this order (SQL {@code ORDER BY} columns) on PostgreSQL. Not on H2, which locks
     * every row an ordered query matches, not only those it answers; H2 is the single-node
     * database, where the order among a few due rows matters little.
     */
    public RowClaim soonestFirst(String columns) {
        return new RowClaim(table, due, columns);
    }

    /** Locks up to {@code limit} due rows that no other transaction holds; answers their ids. */
    public List<String> take(DataSource dataSource, int limit, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            return take(connection, limit, parameters);
        } catch (SQLException e) {
            throw new PersistenceException("cannot claim rows of " + table, e);
        }
    }

    /**
     * Locks the row {@code id} if it is still due and no other transaction holds it; answers
     * whether it did. A row another node works on, or has finished with, is not this caller's.
     */
    public boolean takeOne(DataSource dataSource, String id, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            return takeOne(connection, id, parameters);
        } catch (SQLException e) {
            throw new PersistenceException("cannot claim row " + id + " of " + table, e);
        }
    }

    List<String> take(Connection connection, int limit, Object... parameters) throws SQLException {
        String order = soonestFirst != null && onPostgreSql(connection) ? " ORDER BY " + soonestFirst : "";
        return ids(connection, "SELECT id FROM " + table + " WHERE (" + due + ")" + order
                + " FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED", parameters);
    }

    boolean takeOne(Connection connection, String id, Object... parameters) throws SQLException {
        Object[] withId = new Object[parameters.length + 1];
        withId[0] = id;
        System.arraycopy(parameters, 0, withId, 1, parameters.length);
        return !ids(connection, "SELECT id FROM " + table + " WHERE id = ? AND (" + due + ") FOR UPDATE SKIP LOCKED",
                withId).isEmpty();
    }

    private static List<String> ids(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private static boolean onPostgreSql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
