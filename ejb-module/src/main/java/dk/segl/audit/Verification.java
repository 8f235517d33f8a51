package dk.segl.audit;

import java.time.Instant;

/**
 * What walking the audit log found: intact, or the first row where the chain breaks and why.
 * {@code entries} counts the entries checked; {@code lastCheckpoint} is the time of the last good
 * signed checkpoint (null when there is none).
 */
public record Verification(boolean intact, long entries, Instant lastCheckpoint, String row, String problem) {

    static Verification intact(long entries, Instant lastCheckpoint) {
        return new Verification(true, entries, lastCheckpoint, null, null);
    }

    static Verification broken(long entries, Instant lastCheckpoint, String row, String problem) {
        return new Verification(false, entries, lastCheckpoint, row, problem);
    }

    /** One line for an operator. */
    public String summary() {
        String checkpoint = lastCheckpoint == null ? "no checkpoint" : "last checkpoint at " + EntryHash.time(lastCheckpoint);
        return intact ? "intact, " + entries + " entries, " + checkpoint
                : "broken at row " + row + ": " + problem + " (" + entries + " entries intact before it, " + checkpoint + ")";
    }
}
