package dk.segl.operations;

import dk.segl.audit.AuditEntry;
import dk.segl.audit.AuditRecords;
import dk.segl.audit.Verification;
import dk.segl.organisation.Actor;
import dk.segl.organisation.Permission;
import dk.segl.paging.Page;
import dk.segl.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.List;

/** Operators read the audit log, export it, and have its chain verified. */
@Stateless
public class AuditTrail {

    /** How many entries an export reads at a time. */
    public static final int EXPORT_SLICE = 500;

    @EJB
    AuditRecords records;

    public Page<AuditEntry> entries(Actor actor, Instant from, Instant to, PageRequest page) {
        actor.require(Permission.READ_AUDIT_LOG);
        return records.page(from, to, page);
    }

    /** The next slice of an export: entries after the one at {@code afterSeq}. */
    public List<AuditEntry> exportSlice(Actor actor, Instant from, Instant to, long afterSeq) {
        actor.require(Permission.READ_AUDIT_LOG);
        return records.after(from, to, afterSeq, EXPORT_SLICE);
    }

    public Verification verify(Actor actor) {
        actor.require(Permission.READ_AUDIT_LOG);
        return records.verify();
    }
}
