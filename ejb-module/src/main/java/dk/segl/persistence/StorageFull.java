package dk.segl.persistence;

import jakarta.ejb.ApplicationException;

/**
 * A change refused because the disk under the embedded database has less free space than the
 * reserve ({@link StorageReserve}): nothing of the transaction was written. Callers tell it from
 * other failures by {@link #causes}, as the container and the persistence provider wrap it. An
 * application exception, so the EJB container rolls back and passes it on as it is instead of
 * logging every refusal as a system failure with its whole stack.
 */
@ApplicationException(rollback = true)
public final class StorageFull extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Freeing space takes a person, not a restart: clients are told to wait longer than for an outage. */
    public static final int RETRY_AFTER_SECONDS = 60;

    StorageFull(String message) {
        super(message);
    }

    public static boolean causes(Throwable failure) {
        return SqlStates.anyCause(failure, StorageFull.class::isInstance);
    }
}
