package dk.segl.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each way of tampering with a written log, and the row and reason the verifier names for it. */
class ChainVerifierTest {

    private static final AuditSigningKey SEGL = new AuditSigningKey(AuditSigningKey.generate());
    private static final AuditSigningKey ATTACKER = new AuditSigningKey(AuditSigningKey.generate());
    private static final Instant START = Instant.parse("2026-11-30T10:00:00.123456Z");

    /** A written log: the linked rows in seq order, a row outside the chain if any, and the head row. */
    record Log(List<ChainedEntry> rows, Optional<String> unlinked, long headEntries, String headHash) {
        Log with(UnaryOperator<List<ChainedEntry>> change) {
            return new Log(change.apply(new ArrayList<>(rows)), unlinked, headEntries, headHash);
        }

        /** As an attacker who knows the encoding leaves it: every hash recomputed, the head row too. */
        Log relinked() {
            List<ChainedEntry> linked = new ArrayList<>();
            rows.forEach(e -> append(linked, e));
            return new Log(linked, unlinked, linked.size(), linked.get(linked.size() - 1).entryHash());
        }
    }

    /** Eight entries and a checkpoint after the sixth, as Segl writes them. */
    static Log written(AuditSigningKey key, String fifthDetail) {
        List<ChainedEntry> rows = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            if (i == 7) {
                append(rows, checkpoint(rows, key));
            } else {
                append(rows, entry("row-" + i, "certificate.issue", i == 5 ? fifthDetail : "serial " + i));
            }
        }
        return new Log(rows, Optional.empty(), rows.size(), rows.get(rows.size() - 1).entryHash());
    }

    static Stream<Arguments> tamperings() {
        Log log = written(SEGL, "serial 5");
        Log rewritten = written(ATTACKER, "serial 666");
        return Stream.of(
                Arguments.of("untouched", log, null, null),
                Arguments.of("changed field", log.with(rows -> replace(rows, 2, e -> copy(e, e.seq(), "serial 999"))),
                        "row-3", "it was changed"),
                Arguments.of("deleted row", log.with(rows -> {
                    rows.remove(3);
                    return rows;
                }), "row-5", "entry 4 is missing"),
                Arguments.of("swapped rows", log.with(rows -> {
                    ChainedEntry third = rows.get(2);
                    ChainedEntry fourth = rows.get(3);
                    rows.set(2, copy(fourth, third.seq(), fourth.detail()));
                    rows.set(3, copy(third, fourth.seq(), third.detail()));
                    return rows;
                }), "row-4", "it was changed"),
                Arguments.of("truncated tail", log.with(rows -> rows.subList(0, 6)), rows(log).get(5).id(),
                        "entries after this row are missing"),
                Arguments.of("rewritten and re-signed with another key", rewritten(log, rewritten),
                        rows(rewritten).get(6).id(), "not by the audit signer"),
                Arguments.of("forged checkpoint signature", log.with(rows -> replace(rows, 6, e -> copy(e, e.seq(),
                        e.detail().replaceAll("signature=.*", "signature=" + forgedSignature(rows, e))))).relinked(),
                        rows(log).get(6).id(), "signature does not verify"),
                Arguments.of("row outside the chain", new Log(log.rows(), Optional.of("inserted"), log.headEntries(),
                        log.headHash()), "inserted", "not on the chain"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperings")
    void theVerifierNamesTheFirstBrokenRow(String tampering, Log log, String row, String reason) {
        Verification verification = new ChainVerifier(SEGL.verifying())
                .verify(log.rows().iterator(), log.unlinked(), log.headEntries(), log.headHash());

        assertEquals(row == null, verification.intact(), verification::summary);
        assertEquals(row, verification.row(), verification::summary);
        if (reason != null) {
            assertEquals(true, verification.problem().contains(reason), verification::summary);
        } else {
            assertEquals("intact, 8 entries, last checkpoint at 2026-11-30T10:00:06.123456Z", verification.summary());
        }
    }

    /** The attacker rewrote every row and the head consistently; only the checkpoint's key gives it away. */
    private static Log rewritten(Log original, Log rewritten) {
        return new Log(rewritten.rows(), Optional.empty(), original.headEntries(), rewritten.headHash());
    }

    /** A checkpoint with Segl's fingerprint but the attacker's signature over the same values. */
    private static String forgedSignature(List<ChainedEntry> rows, ChainedEntry checkpoint) {
        ChainedEntry before = rows.get(5);
        byte[] signature = ATTACKER.sign(EntryHash.encode(Checkpoint.VERSION, "6", before.entryHash(),
                EntryHash.time(checkpoint.occurredAt())));
        return java.util.Base64.getEncoder().encodeToString(signature);
    }

    private static List<ChainedEntry> rows(Log log) {
        return Collections.unmodifiableList(log.rows());
    }

    private static List<ChainedEntry> replace(List<ChainedEntry> rows, int index, UnaryOperator<ChainedEntry> change) {
        rows.set(index, change.apply(rows.get(index)));
        return rows;
    }

    /** The row as an UPDATE leaves it: new values, the stored hashes untouched. */
    private static ChainedEntry copy(ChainedEntry e, Long seq, String detail) {
        return new ChainedEntry(e.id(), seq, e.previousHash(), e.entryHash(), e.occurredAt(), e.actor(), e.action(),
                e.target(), e.outcome(), detail);
    }

    private static ChainedEntry entry(String id, String action, String detail) {
        return new ChainedEntry(id, null, null, null, null, "admin", action, "order", "DONE", detail);
    }

    private static ChainedEntry checkpoint(List<ChainedEntry> rows, AuditSigningKey key) {
        Instant at = START.plusSeconds(rows.size());
        Checkpoint signed = Checkpoint.sign(rows.size(), rows.get(rows.size() - 1).entryHash(), at, key);
        return new ChainedEntry("checkpoint-" + key.fingerprint().substring(0, 8), null, null, null, at, "segl",
                Checkpoint.ACTION, key.fingerprint(), "DONE", signed.detail());
    }

    /** Links the entry as {@link ChainHead} does. */
    private static void append(List<ChainedEntry> rows, ChainedEntry e) {
        long seq = rows.size() + 1;
        String previous = rows.isEmpty() ? EntryHash.GENESIS : rows.get(rows.size() - 1).entryHash();
        Instant at = e.occurredAt() == null ? START.plusSeconds(rows.size()) : e.occurredAt();
        ChainedEntry linked = new ChainedEntry(e.id(), seq, previous, null, at, e.actor(), e.action(), e.target(),
                e.outcome(), e.detail());
        rows.add(new ChainedEntry(e.id(), seq, previous, linked.computedHash(), at, e.actor(), e.action(), e.target(),
                e.outcome(), e.detail()));
    }
}
