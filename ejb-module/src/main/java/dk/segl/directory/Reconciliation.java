package dk.segl.directory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Makes the directory equal to the database: every holder who should be shown is written as
 * the database says, every other holder's entry is removed, and the CA entry is rewritten. It
 * repairs whatever the queue could not (a directory restored from an old backup, a lost node).
 * Each entry is compared first and written only when it differs, so reconciling an unchanged
 * directory writes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());

    @EJB
    DirectoryContents contents;

    public void reconcile(DirectoryPublisher publisher) throws DirectoryWriteException {
        Outcome outcome = reconcile(publisher,
                contents.publishedUserIds().stream().map(contents::user).flatMap(Optional::stream),
                contents.issuingCa());
        LOG.info(() -> "Directory reconciled with the database: " + outcome);
    }

    /** What one reconciliation changed: holders written (new or different), left as they were, removed. */
    record Outcome(int written, int unchanged, int removed) {

        @Override
        public String toString() {
            return written + " holders written, " + unchanged + " unchanged, " + removed + " removed";
        }
    }

    static Outcome reconcile(DirectoryPublisher publisher, Stream<UserEntry> shown, CaEntry ca)
            throws DirectoryWriteException {
        publisher.publishRoot();
        Map<String, String> stale = publisher.publishedUsers();
        int written = 0;
        int unchanged = 0;
        for (UserEntry entry : (Iterable<UserEntry>) shown::iterator) {
            if (publisher.publish(entry)) {
                written++;
            } else {
                unchanged++;
            }
            stale.remove(entry.serialNumber());
        }
        for (String dn : stale.values()) {
            publisher.unpublish(dn);
        }
        publisher.publish(ca);
        return new Outcome(written, unchanged, stale.size());
    }
}
