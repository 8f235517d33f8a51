package dk.segl.custody;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The one row of {@code ca_identity} over a JDBC connection, in the connection's transaction. Its
 * fixed key ({@code id = 1}) makes a second CA's insert fail: the first claim wins.
 */
public final class CaIdentityTable implements CaRecord {

    private final Connection connection;
    private final Clock clock;

    public CaIdentityTable(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    @Override
    public Optional<CaIdentity> recorded() {
        return read("SELECT root_fingerprint, issuing_fingerprint FROM ca_identity WHERE id = 1");
    }

    @Override
    public void record(CaIdentity identity) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ca_identity"
                + " (id, root_fingerprint, issuing_fingerprint, recorded_at) VALUES (1, ?, ?, ?)")) {
            insert.setString(1, identity.rootFingerprint());
            insert.setString(2, identity.issuingFingerprint());
            insert.setObject(3, now());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the CA in ca_identity (has another node recorded one?): "
                    + e.getMessage(), e);
        }
    }

    @Override
    public boolean reissued(CaIdentity before, String issuingFingerprint) {
        if (!read("SELECT root_fingerprint, issuing_fingerprint FROM ca_identity WHERE id = 1 FOR UPDATE")
                .equals(Optional.of(before))) {
            return false;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE ca_identity SET issuing_fingerprint = ?, recorded_at = ? WHERE id = 1")) {
            update.setString(1, issuingFingerprint);
            update.setObject(2, now());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update ca_identity: " + e.getMessage(), e);
        }
    }

    private Optional<CaIdentity> read(String query) {
        try (PreparedStatement select = connection.prepareStatement(query); ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(new CaIdentity(row.getString(1), row.getString(2))) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read ca_identity: " + e.getMessage(), e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
