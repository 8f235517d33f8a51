package dk.segl.directory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies one publication under a row lock, so two nodes never apply the same row: writes the
 * entry as the database now says it should be, deletes the row, or records the failure and when
 * to try again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PublicationDelivery {

    private static final Logger LOG = Logger.getLogger(PublicationDelivery.class.getName());

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    DirectoryContents contents;

    @Inject
    Clock clock;

    public void deliver(String id, DirectoryPublisher publisher) {
        Publication publication = em.find(Publication.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (publication == null) {
            return;
        }
        try {
            apply(publication, publisher);
            em.remove(publication);
        } catch (DirectoryWriteException e) {
            failed(publication, e);
        }
    }

    /** The directory could not be reached at all: every due row waits its back-off. */
    public void postpone(String id, DirectoryWriteException cause) {
        Publication publication = em.find(Publication.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (publication != null) {
            failed(publication, cause);
        }
    }

    private void apply(Publication publication, DirectoryPublisher publisher) throws DirectoryWriteException {
        if (publication.targetKind() == Publication.Target.CA) {
            publisher.publish(contents.issuingCa());
            return;
        }
        Optional<UserEntry> entry = contents.user(publication.targetId());
        if (entry.isPresent()) {
            publisher.publish(entry.get());
        } else {
            Optional<String> dn = contents.dnOf(publication.targetId());
            if (dn.isPresent()) {
                publisher.unpublish(dn.get());
            }
        }
    }

    private void failed(Publication publication, DirectoryWriteException e) {
        publication.failed(e.getMessage() + causeOf(e), OffsetDateTime.now(clock));
        LOG.log(Level.WARNING, "Directory publication {0} not applied (attempt {1}), next try at {2}: {3}",
                new Object[] {publication, publication.attempts(), publication.nextAttemptAt(), e.getMessage() + causeOf(e)});
    }

    private static String causeOf(Exception e) {
        return e.getCause() == null ? "" : ": " + e.getCause().getMessage();
    }
}
