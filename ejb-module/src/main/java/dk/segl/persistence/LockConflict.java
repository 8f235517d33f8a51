package dk.segl.persistence;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/**
 * Tells a lost race for a row (another transaction changed it first, or held its lock longer than
 * the database waits) from a lock the database could not take because it does not answer, or a
 * change refused for want of disk: the first is a conflict the client may retry at once, the
 * others a state to wait out ({@link DatabaseUnavailable}, {@link StorageFull}). One
 * classification for every place that answers either.
 */
public final class LockConflict {

    private LockConflict() {
    }

    public static boolean causes(Throwable failure) {
        return SqlStates.anyCause(failure, cause -> cause instanceof OptimisticLockException
                        || cause instanceof PessimisticLockException || cause instanceof LockTimeoutException)
                && !DatabaseUnavailable.causes(failure) && !StorageFull.causes(failure);
    }
}
