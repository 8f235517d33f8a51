package dk.segl.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The audit log over plain JDBC, for what runs beside the server: the verifier reads it row by row
 * in chain order, so the server and the operator's command check the same rows the same way
 * whatever the log's size; the operator's commands ({@code segl ca init}) append to it.
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

    /**
     * Appends an entry in the connection's transaction, linked as {@link ChainHead} links it: the head
     * row stays locked until that transaction ends, so the server's nodes queue behind it.
     */
    public static void append(Connection connection, Instant at, String actor, String action, String target,
            String outcome, String detail) throws SQLException {
        append(connection, lockHead(connection), new AuditEntry(at, actor, action, target, outcome, detail));
    }

    /** A signed checkpoint over the chain so far, as the server signs one at every start. */
    public static void checkpoint(Connection connection, Instant at, AuditSigningKey key) throws SQLException {
        Head head = lockHead(connection);
        Instant stored = EntryHash.stored(at);
        Checkpoint signed = Checkpoint.sign(head.entries(), head.hash(), stored, key);
        append(connection, head, new AuditEntry(stored, "segl", Checkpoint.ACTION, signed.keyFingerprint(), "DONE",
                signed.detail()));
    }

    private record Head(long entries, String hash) {
    }

    private static Head lockHead(Connection connection) throws SQLException {
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT entries, head_hash FROM audit_chain_head WHERE id = ? FOR UPDATE")) {
            head.setString(1, ChainHead.ID);
            try (ResultSet row = head.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the audit chain's head row is missing");
                }
                return new Head(row.getLong(1), row.getString(2));
            }
        }
    }

    private static void append(Connection connection, Head head, AuditEntry entry) throws SQLException {
        entry.link(head.entries() + 1, head.hash());
        ChainedEntry linked = entry.chained();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (id, occurred_at, actor,"
                + " action, target, outcome, detail, seq, previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, linked.id());
            insert.setObject(2, entry.occurredAt());
            insert.setString(3, linked.actor());
            insert.setString(4, linked.action());
            insert.setString(5, linked.target());
            insert.setString(6, linked.outcome());
            insert.setString(7, linked.detail());
            insert.setLong(8, linked.seq());
            insert.setString(9, linked.previousHash());
            insert.setString(10, linked.entryHash());
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE audit_chain_head SET entries = ?,"
                + " head_hash = ?, checkpoint_entries = CASE WHEN ? THEN ? ELSE checkpoint_entries END WHERE id = ?")) {
            update.setLong(1, linked.seq());
            update.setString(2, linked.entryHash());
            update.setBoolean(3, linked.isCheckpoint());
            update.setLong(4, linked.seq());
            update.setString(5, ChainHead.ID);
            update.executeUpdate();
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
