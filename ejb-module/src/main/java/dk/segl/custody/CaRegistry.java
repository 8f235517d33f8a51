package dk.segl.custody;

import dk.segl.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The database's record of its CA for the server. Each change commits on its own: the start-up
 * that makes or first sees a CA must have claimed the database before it signs anything with that
 * CA. The rows are {@link CaIdentityTable}'s, the same the operator's commands use.
 */
@Stateless
@LocalBean // it implements CaRecord, and callers still inject the bean class itself
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CaRegistry implements CaRecord {

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Override
    public Optional<CaIdentity> recorded() {
        return onTable(CaIdentityTable::recorded);
    }

    @Override
    public void record(CaIdentity identity) {
        onTable(table -> {
            table.record(identity);
            return null;
        });
    }

    @Override
    public boolean reissued(CaIdentity before, String issuingFingerprint) {
        return onTable(table -> table.reissued(before, issuingFingerprint));
    }

    /** The container's connection takes part in this bean's transaction. */
    private <T> T onTable(Function<CaIdentityTable, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(new CaIdentityTable(connection, clock));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }
}
