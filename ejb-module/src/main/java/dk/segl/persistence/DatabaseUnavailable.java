package dk.segl.persistence;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Tells a database that does not answer (down, restarting, unreachable) from every other failure,
 * so a request that met the outage is answered "unavailable, try again" instead of as a bug. The
 * signs are SQLSTATE class 08 (connection exception), PostgreSQL's shutdown states and H2's
 * "database closed" (90098: H2 closes the embedded database when a write fails, e.g. on a full
 * disk), anywhere in the cause chain (the pool and EclipseLink wrap the driver's exception).
 * So is a driver that reports its own I/O failing (an {@link IOException} under the
 * {@link SQLException}: H2 that cannot write its file on a full disk, whatever SQLSTATE it gives).
 * A commit the database could not carry out is one too: the transaction manager reports it as an
 * {@link XAException} that keeps only the driver's message (H2 failing to write a full disk at
 * COMMIT, a connection lost during it), and nothing was committed.
 */
public final class DatabaseUnavailable {

    /** What answers met by an outage tell clients to wait: long enough for a database restart. */
    public static final int RETRY_AFTER_SECONDS = 10;

    /**
     * PostgreSQL shutting down or starting; H2's database closed (90098), or not opened again
     * because its file could not be read whole (90030) while the disk it needs to write is full.
     */
    private static final Set<String> CLOSED = Set.of("57P01", "57P02", "57P03", "90098", "90030");

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        return SqlStates.anyIn(failure, state -> state.startsWith("08") || CLOSED.contains(state))
                || SqlStates.anyCause(failure, XAException.class::isInstance)
                || SqlStates.anyCause(failure, cause -> cause instanceof SQLException
                        && SqlStates.anyCause(cause.getCause(), IOException.class::isInstance));
    }
}
