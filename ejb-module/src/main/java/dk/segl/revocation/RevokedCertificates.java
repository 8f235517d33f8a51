package dk.segl.revocation;

import dk.segl.ca.CrlEntrySpool;
import dk.segl.ca.RevokedEntry;
import dk.segl.ca.SerialNumber;
import dk.segl.certificate.RevocationReason;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Reads what a full CRL lists straight from the certificate table into a spool, row by row in
 * serial (key) order: plain JDBC with a fetch size, no entities and no list, so a million
 * revocations cost the heap no more than a few. PostgreSQL streams a result only inside a
 * transaction (autocommit off), which the caller's transaction gives; H2 keeps large results
 * on disk by itself.
 */
public final class RevokedCertificates {

    static final int FETCH_SIZE = 1000;
    /**
     * Ordered by status too, though it is fixed: H2 then reads the index in its order instead of
     * sorting a million rows. The index ix_certificate_crl holds every column asked for, so the
     * wide certificate rows (their DER) are never read.
     */
    private static final String QUERY = "SELECT serial_number, revoked_at, revocation_reason FROM certificate"
            + " WHERE status = 'REVOKED' AND not_after > ? ORDER BY status, serial_number";

    private RevokedCertificates() {
    }

    /** Every revoked certificate that expires after {@code cutoff}; answers how many. */
    public static long spool(Connection connection, OffsetDateTime cutoff, CrlEntrySpool spool) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(QUERY, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            query.setFetchSize(FETCH_SIZE);
            query.setObject(1, cutoff);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    spool.add(entry(rows.getString(1), rows.getObject(2, OffsetDateTime.class), rows.getString(3)));
                }
            }
        }
        return spool.count();
    }

    static RevokedEntry entry(String serialHex, OffsetDateTime revokedAt, String reason) {
        return new RevokedEntry(new SerialNumber(new BigInteger(serialHex, 16)), revokedAt.toInstant(),
                RevocationReason.valueOf(reason).code());
    }
}
