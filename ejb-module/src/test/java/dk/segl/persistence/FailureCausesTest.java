package dk.segl.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Named.named;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.transaction.xa.XAException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which database failures are an outage, which a lost race for a unique key and which a lost race
 * for a row's lock, by SQLSTATE and exception in the cause chain.
 */
class FailureCausesTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                failure("connection refused (08001), wrapped twice", wrapped(new SQLException("refused", "08001")), true, false),
                failure("connection lost mid-query (08006)", new SQLException("lost", "08006"), true, false),
                failure("server shutting down (57P01)", wrapped(new SQLException("terminating", "57P01")), true, false),
                failure("H2 closed the database after a failed write (90098)",
                        wrapped(new SQLException("The database has been closed", "90098")), true, false),
                failure("H2 could not open its file again on the full disk (90030)",
                        wrapped(new SQLException("File corrupted while reading record", "90030")), true, false),
                failure("server starting up (57P03)", new SQLException("starting", "57P03"), true, false),
                failure("pool error without state, driver's cause refused",
                        new SQLException("Error in allocating a connection", null, new SQLException("refused", "08001")), true, false),
                failure("commit the database could not write (disk full): the transaction manager's XAException",
                        new RuntimeException("Unable to complete container-managed transaction.",
                                new IllegalStateException("SystemException", new XAException("General error [50000-224]"))),
                        true, false),
                failure("H2 could not write its file (general error 50000 over the disk's IOException)",
                        wrapped(new SQLException("General error: Writing failed", "50000",
                                new IllegalStateException("MVStoreException", new IOException("No space left on device")))),
                        true, false),
                failure("an IOException that is not the database's", new RuntimeException(new IOException("peer reset")),
                        false, false),
                failure("unique violation (23505)", wrapped(new SQLException("duplicate key", "23505")), false, true),
                failure("other constraint (23503)", new SQLException("foreign key", "23503"), false, false),
                failure("syntax error (42601)", new SQLException("syntax", "42601"), false, false),
                failure("no SQL at all", new IllegalStateException("bug"), false, false),
                failure("another transaction changed the row first", new RuntimeException("EJB",
                        new OptimisticLockException("version changed")), false, false, true),
                failure("a timeout only its SQLSTATE names (HYT00): not told apart", wrapped(new SQLException("timeout", "HYT00")),
                        false, false, false),
                failure("lock timeout", new LockTimeoutException("lock", wrapped(new SQLException("timeout", "55P03"))),
                        false, false, true),
                failure("deadlock, the database chose this one", new PessimisticLockException("deadlock",
                        new SQLException("deadlock detected", "40P01")), false, false, true),
                failure("a lock the closed database could not take (90098)", new PessimisticLockException("lock",
                        new SQLException("The database has been closed", "90098")), true, false, false));
    }

    private static Arguments failure(String name, Throwable failure, boolean outage, boolean lostRace) {
        return failure(name, failure, outage, lostRace, false);
    }

    private static Arguments failure(String name, Throwable failure, boolean outage, boolean lostRace,
                                     boolean lockConflict) {
        return Arguments.of(named(name, failure), outage, lostRace, lockConflict);
    }

    private static Throwable wrapped(SQLException cause) {
        return new RuntimeException("EJB", new PersistenceException("JPA", cause));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void tellsAnOutageAndALostRaceFromEverythingElse(Throwable failure, boolean outage, boolean lostRace,
                                                     boolean lockConflict) {
        assertEquals(outage, DatabaseUnavailable.causes(failure), "outage");
        assertEquals(lostRace, UniqueViolation.causes(failure), "lost race");
        assertEquals(lockConflict, LockConflict.causes(failure), "lock conflict");
    }
}
