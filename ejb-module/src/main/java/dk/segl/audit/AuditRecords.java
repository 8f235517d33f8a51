package dk.segl.audit;

import dk.segl.paging.Page;
import dk.segl.paging.PageRequest;
import dk.segl.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reading the audit log: entries in chain order between two times, and the verification of the
 * whole chain. Whoever may read it is decided by the caller (dk.segl.operations).
 */
@Stateless
public class AuditRecords {

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @EJB
    AuditCheckpoints checkpoints;

    /** A page of the entries with {@code from <= occurredAt < to} (either may be null: unbounded). */
    public Page<AuditEntry> page(Instant from, Instant to, PageRequest request) {
        List<AuditEntry> items = between("select e", from, to, " order by e.seq", AuditEntry.class)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = between("select count(e)", from, to, "", Long.class).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Up to {@code limit} entries after the one at {@code afterSeq}, for an export that reads the log in slices. */
    public List<AuditEntry> after(Instant from, Instant to, long afterSeq, int limit) {
        return between("select e", from, to, " and e.seq > :after order by e.seq", AuditEntry.class)
                .setParameter("after", afterSeq).setMaxResults(limit).getResultList();
    }

    public Verification verify() {
        try (Connection connection = dataSource.getConnection()) {
            return AuditRows.verify(connection, checkpoints.verifyingKey());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit log", e);
        }
    }

    private <T> TypedQuery<T> between(String select, Instant from, Instant to, String rest, Class<T> type) {
        return em.createQuery(select + " from AuditEntry e where e.seq is not null"
                        + " and e.occurredAt >= :from and e.occurredAt < :to" + rest, type)
                .setParameter("from", (from == null ? Instant.EPOCH : from).atOffset(ZoneOffset.UTC))
                .setParameter("to", (to == null ? Instant.parse("9999-12-31T00:00:00Z") : to).atOffset(ZoneOffset.UTC));
    }
}
