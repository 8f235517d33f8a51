package dk.segl.directory;

import dk.segl.persistence.RowClaim;
import dk.segl.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Applies one publication under a row lock, so two nodes never apply the same row (a row another
 * node is applying is skipped, not waited for): writes the entry as the database now says it
 * should be, deletes the row, or records the failure and when to try again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PublicationDelivery {

    private static final Logger LOG = Logger.getLogger(PublicationDelivery.class.getName());
    private static final RowClaim DUE = RowClaim.of("directory_publication", "next_attempt_at <= ?");

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @EJB
    DirectoryContents contents;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    public void deliver(String id, DirectoryPublisher publisher) {
        Optional<Publication> claimed = claim(id);
        if (claimed.isEmpty()) {
            return;
        }
        Publication publication = claimed.get();
        try {
            apply(publication, publisher);
            em.remove(publication);
        } catch (DirectoryWriteException e) {
            failed(publication, e);
        }
    }

    /** The directory could not be reached at all: every due row waits its back-off. */
    public void postpone(String id, DirectoryWriteException cause) {
        claim(id).ifPresent(publication -> failed(publication, cause));
    }

    private Optional<Publication> claim(String id) {
        return DUE.takeOne(dataSource, id, OffsetDateTime.now(clock))
                ? Optional.ofNullable(em.find(Publication.class, id)) : Optional.empty();
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
