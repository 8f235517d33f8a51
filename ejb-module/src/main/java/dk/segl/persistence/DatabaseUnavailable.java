package dk.segl.persistence;

import java.util.Set;

/**
 * Tells a database that does not answer (down, restarting, unreachable) from every other failure,
 * so a request that met the outage is answered "unavailable, try again" instead of as a bug. The
 * signs are SQLSTATE class 08 (connection exception), PostgreSQL's shutdown states and H2's
 * "database closed" (90098: H2 closes the embedded database when a write fails, e.g. on a full
 * disk), anywhere in the cause chain (the pool and EclipseLink wrap the driver's exception).
 */
public final class DatabaseUnavailable {

    /** What answers met by an outage tell clients to wait: long enough for a database restart. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private static final Set<String> CLOSED = Set.of("57P01", "57P02", "57P03", "90098");

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        return SqlStates.anyIn(failure, state -> state.startsWith("08") || CLOSED.contains(state));
    }
}
