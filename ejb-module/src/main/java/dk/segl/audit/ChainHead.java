package dk.segl.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row every append locks: how many entries the chain has and the last one's hash. Holding
 * it from the append to the commit is what keeps writers on all nodes in one chain.
 */
@Entity
@Table(name = "audit_chain_head")
public class ChainHead {

    static final String ID = "audit";

    @Id
    private String id;

    @Column(nullable = false)
    private long entries;

    @Column(name = "head_hash", nullable = false)
    private String headHash;

    @Column(name = "checkpoint_entries", nullable = false)
    private long checkpointEntries;

    protected ChainHead() {
    }

    void append(AuditEntry entry) {
        entry.link(entries + 1, headHash);
        entries++;
        headHash = entry.entryHash();
        if (entry.isCheckpoint()) {
            checkpointEntries = entries;
        }
    }

    long entries() {
        return entries;
    }

    String headHash() {
        return headHash;
    }

    /** True when nothing was appended since the last checkpoint. */
    boolean checkpointed() {
        return entries == checkpointEntries;
    }
}
