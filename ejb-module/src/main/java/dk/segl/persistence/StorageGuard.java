package dk.segl.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/**
 * Every entity's listener (META-INF/orm.xml): refuses each insert, update and delete while the
 * disk under the database is below its reserve, so every writer (the API, pages, EST, workers,
 * the audit log) is covered without asking. A new or removed entity is refused at once, in the
 * code that persists it; a change to a loaded one when the transaction flushes, which rolls the
 * whole transaction back. Reads are never refused.
 */
public class StorageGuard {

    @Inject
    StorageReserve reserve;

    @PrePersist
    @PreUpdate
    @PreRemove
    void refuseWhileTheDiskIsLow(Object entity) {
        reserve.requireRoom();
    }
}
