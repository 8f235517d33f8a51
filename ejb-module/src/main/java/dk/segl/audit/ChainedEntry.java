package dk.segl.audit;

import java.time.Instant;

/**
 * One audit entry as the chain sees it: every field the entry hash covers, plus the row's link.
 * {@code seq} is the entry's place in the chain from 1; null for a row nobody linked.
 */
public record ChainedEntry(String id, Long seq, String previousHash, String entryHash, Instant occurredAt,
                           String actor, String action, String target, String outcome, String detail) {

    /** The hash this entry's fields give; equal to {@code entryHash} unless the row was changed. */
    public String computedHash() {
        return EntryHash.of(this);
    }

    public boolean isCheckpoint() {
        return Checkpoint.ACTION.equals(action);
    }
}
