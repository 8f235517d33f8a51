package dk.segl.audit;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;

/**
 * Walks the chain in {@code seq} order and stops at the first entry that does not follow from
 * the one before it: a gap in the numbering (a deleted row), a hash that its fields no longer
 * give (a changed row), a link to another predecessor (swapped or inserted rows), a checkpoint
 * that does not match the chain or its signature. At the end the head row must name the last
 * entry (else the tail was cut off), and rows outside the chain are reported.
 */
public final class ChainVerifier {

    private final VerifyingKey key;

    public ChainVerifier(VerifyingKey key) {
        this.key = key;
    }

    /**
     * {@code linked} in ascending {@code seq}; {@code unlinked} is the first row without a place in
     * the chain, if any; {@code headEntries} and {@code headHash} are what the chain's head row records.
     */
    public Verification verify(Iterator<ChainedEntry> linked, Optional<String> unlinked, long headEntries,
                               String headHash) {
        long count = 0;
        String previous = EntryHash.GENESIS;
        String lastRow = null;
        Instant checkpoint = null;
        while (linked.hasNext()) {
            ChainedEntry entry = linked.next();
            Optional<String> problem = problem(entry, count, previous);
            if (problem.isPresent()) {
                return Verification.broken(count, checkpoint, entry.id(), problem.get());
            }
            if (entry.isCheckpoint()) {
                checkpoint = entry.occurredAt();
            }
            count++;
            previous = entry.entryHash();
            lastRow = entry.id();
        }
        if (headEntries != count || !headHash.equals(previous)) {
            return Verification.broken(count, checkpoint, lastRow == null ? "-" : lastRow,
                    "the chain ends at entry " + count + " but " + headEntries
                            + " entries were written: entries after this row are missing");
        }
        if (unlinked.isPresent()) {
            return Verification.broken(count, checkpoint, unlinked.get(), "the row is not on the chain");
        }
        if (count > 0 && checkpoint == null) {
            return Verification.broken(count, null, lastRow, "no signed checkpoint: the chain cannot be told from a rewritten one");
        }
        return Verification.intact(count, checkpoint);
    }

    private Optional<String> problem(ChainedEntry entry, long before, String previous) {
        if (entry.seq() != before + 1) {
            return Optional.of("entry " + (before + 1) + " is missing before entry " + entry.seq());
        }
        if (!entry.computedHash().equals(entry.entryHash())) {
            return Optional.of("the row's fields no longer give its hash: it was changed");
        }
        if (!previous.equals(entry.previousHash())) {
            return Optional.of("the row does not link to the entry before it");
        }
        if (entry.isCheckpoint()) {
            return Checkpoint.parse(entry.detail())
                    .map(c -> c.problem(before, previous, entry.occurredAt(), key))
                    .orElse(Optional.of("the checkpoint's detail cannot be read"));
        }
        return Optional.empty();
    }
}
