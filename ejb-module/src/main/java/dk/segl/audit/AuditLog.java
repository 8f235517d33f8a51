package dk.segl.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;

/**
 * The audit trail, a hash chain (README, "Verifying the audit log"). A successful command writes
 * its entry in its own transaction, so the entry exists exactly when the change does; intents and
 * refusals are written in a transaction of their own because the command's transaction may not
 * commit. Every append locks the chain's head row until its transaction ends: audited commands
 * on all nodes queue there, from their entry to their commit. So the head is the last lock a
 * transaction takes: one that held it and then waited for another row (the CA's CRL state) could
 * wait forever on a CRL signing that holds that row and writes its intent.
 */
@Stateless
public class AuditLog {

    /** Marks a transaction that holds the head row's lock. */
    private static final String HOLDS_HEAD = AuditLog.class.getName() + ".holds-head";

    @PersistenceContext(unitName = "segl")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void done(String actor, String action, String target, String detail) {
        append(entry(actor, action, target, "DONE", detail));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void intent(String actor, String action, String target, String detail) {
        separately(entry(actor, action, target, "INTENT", detail));
    }

    /**
     * Never joins the caller's transaction: a refusal has marked it for rollback, and the container
     * refuses to run a bean method in such a one. {@link AuditedCommand} does not call this while
     * the refused transaction holds the head (a new transaction would wait for it forever).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void refused(String actor, String action, String target, String rule) {
        context.getBusinessObject(AuditLog.class).appendAlone(entry(actor, action, target, "REFUSED", rule));
    }

    /** Whether the caller's transaction holds the chain's head (read in the caller, before any bean call). */
    static boolean headHeldBy(TransactionSynchronizationRegistry transactions) {
        return transactions.getTransactionKey() != null && transactions.getResource(HOLDS_HEAD) != null;
    }

    /** Links what was written before the log was a chain (schema V82), oldest first, then signs a checkpoint. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void linkUnchained(AuditSigningKey key) {
        ChainHead head = lockedHead();
        em.createQuery("select e from AuditEntry e where e.seq is null order by e.occurredAt, e.id", AuditEntry.class)
                .getResultList()
                .forEach(head::append);
        checkpoint(head, key);
    }

    /** A signed checkpoint over the head, unless the last entry already is one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void checkpoint(AuditSigningKey key) {
        ChainHead head = lockedHead();
        if (!head.checkpointed()) {
            checkpoint(head, key);
        }
    }

    /** Only through {@link #separately}: an entry in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendAlone(AuditEntry entry) {
        append(entry);
    }

    /**
     * In a transaction of its own, unless this transaction already holds the head: a new one would
     * wait for that lock forever, so the entry joins this transaction and shares its fate.
     */
    private void separately(AuditEntry entry) {
        if (headHeldBy(transactions)) {
            append(entry);
        } else {
            context.getBusinessObject(AuditLog.class).appendAlone(entry);
        }
    }

    private void checkpoint(ChainHead head, AuditSigningKey key) {
        var at = clock.instant();
        Checkpoint signed = Checkpoint.sign(head.entries(), head.headHash(), EntryHash.stored(at), key);
        AuditEntry entry = new AuditEntry(at, "segl", Checkpoint.ACTION, signed.keyFingerprint(), "DONE", signed.detail());
        head.append(entry);
        em.persist(entry);
    }

    private void append(AuditEntry entry) {
        lockedHead().append(entry);
        em.persist(entry);
    }

    private ChainHead lockedHead() {
        ChainHead head = em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        transactions.putResource(HOLDS_HEAD, Boolean.TRUE);
        return head;
    }

    private AuditEntry entry(String actor, String action, String target, String outcome, String detail) {
        return new AuditEntry(clock.instant(), actor == null ? "anonymous" : actor, action, target == null ? "-" : target,
                outcome, detail);
    }
}
