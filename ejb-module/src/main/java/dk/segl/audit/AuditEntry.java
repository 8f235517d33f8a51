package dk.segl.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Who did what to which target, when, and whether it was done or refused; never updated once
 * linked into the chain ({@link ChainHead}), whose hash covers every field.
 */
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

    private Long seq;

    @Column(name = "previous_hash")
    private String previousHash;

    @Column(name = "entry_hash")
    private String entryHash;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, String target, String outcome, String detail) {
        this.id = UUID.randomUUID().toString();
        this.occurredAt = EntryHash.stored(occurredAt).atOffset(ZoneOffset.UTC);
        this.actor = actor;
        this.action = action;
        this.target = truncate(target, 200);
        this.outcome = outcome;
        this.detail = truncate(detail, 1000);
    }

    /** Gives the entry its place in the chain; only {@link ChainHead} calls this, under its lock. */
    void link(long place, String previous) {
        this.seq = place;
        this.previousHash = previous;
        this.entryHash = chained().computedHash();
    }

    ChainedEntry chained() {
        return new ChainedEntry(id, seq, previousHash, entryHash, occurredAt.toInstant(), actor, action, target, outcome,
                detail);
    }

    boolean isCheckpoint() {
        return Checkpoint.ACTION.equals(action);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public String id() {
        return id;
    }

    public Long seq() {
        return seq;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
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
