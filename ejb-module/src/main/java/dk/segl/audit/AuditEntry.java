package dk.segl.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Who did what to which target, when, and whether it was done or refused. Never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String target;

    @Column(nullable = false)
    private String outcome;

    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(OffsetDateTime occurredAt, String actor, String action, String target, String outcome, String detail) {
        this.id = UUID.randomUUID().toString();
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.target = truncate(target, 200);
        this.outcome = outcome;
        this.detail = truncate(detail, 1000);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }
}
