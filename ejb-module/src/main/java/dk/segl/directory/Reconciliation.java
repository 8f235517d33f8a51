package dk.segl.directory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes the directory equal to the database: every holder who should be shown is written as
 * the database says, every other holder's entry is removed, and the CA entry is rewritten. It
 * repairs whatever the queue could not (a directory restored from an old backup, a lost node).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());

    @EJB
    DirectoryContents contents;

    public void reconcile(DirectoryPublisher publisher) throws DirectoryWriteException {
        Map<String, String> shown = publisher.publishedUsers();
        int written = 0;
        for (String userId : contents.publishedUserIds()) {
            Optional<UserEntry> entry = contents.user(userId);
            if (entry.isPresent()) {
                publisher.publish(entry.get());
                shown.remove(entry.get().serialNumber());
                written++;
            }
        }
        for (String stale : shown.values()) {
            publisher.unpublish(stale);
        }
        publisher.publish(contents.issuingCa());
        int removed = shown.size();
        int kept = written;
        LOG.info(() -> "Directory reconciled with the database: " + kept + " holders written, " + removed + " removed");
    }
}
