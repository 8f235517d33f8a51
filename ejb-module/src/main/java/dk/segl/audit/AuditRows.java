package dk.segl.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads the audit log with plain JDBC for the verifier, row by row in chain order, so the server
 * and the operator's command check the same rows the same way whatever the log's size.
 */
public final class AuditRows {

    private AuditRows() {
    }

    public static Verification verify(Connection connection, VerifyingKey key) throws SQLException {
        long headEntries;
        String headHash;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT entries, head_hash FROM audit_chain_head WHERE id = '" + ChainHead.ID + "'");
             ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                return Verification.broken(0, null, "-", "the chain's head row is missing");
            }
            headEntries = row.getLong(1);
            headHash = row.getString(2);
        }
        Optional<String> unlinked;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM audit_entry WHERE seq IS NULL ORDER BY occurred_at, id");
             ResultSet rows = query.executeQuery()) {
            unlinked = rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, seq, previous_hash, entry_hash, occurred_at, actor, action, target, outcome, detail"
                        + " FROM audit_entry WHERE seq IS NOT NULL ORDER BY seq")) {
            query.setFetchSize(500);
            try (ResultSet rows = query.executeQuery()) {
                return new ChainVerifier(key).verify(new Rows(rows), unlinked, headEntries, headHash);
            }
        }
    }

    /** The result set as entries; a database error midway ends the walk with that error. */
    private static final class Rows implements Iterator<ChainedEntry> {
        private final ResultSet rows;
        private Boolean ahead;

        Rows(ResultSet rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            if (ahead == null) {
                try {
                    ahead = rows.next();
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot read the audit log", e);
                }
            }
            return ahead;
        }

        @Override
        public ChainedEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ahead = null;
            try {
                return new ChainedEntry(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                        rows.getObject(5, OffsetDateTime.class).toInstant(), rows.getString(6), rows.getString(7),
                        rows.getString(8), rows.getString(9), rows.getString(10));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the audit log", e);
            }
        }
    }
}
