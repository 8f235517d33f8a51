package dk.segl.audit;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed statement that the chain held {@code entries} entries ending in {@code headHash} at
 * {@code at}. It is itself an entry of the chain (action {@value #ACTION}), its detail carrying
 * the values and the signature; rewriting the chain means forging these signatures.
 */
record Checkpoint(long entries, String headHash, String keyFingerprint, byte[] signature) {

    static final String ACTION = "audit.checkpoint";
    static final String VERSION = "segl-audit-checkpoint-1";
    private static final Pattern DETAIL = Pattern.compile(
            "entries=(\\d{1,18}) head=([0-9a-f]{64}) key=([0-9a-f]{64}) signature=([A-Za-z0-9+/=]+)");

    static Checkpoint sign(long entries, String headHash, Instant at, AuditSigningKey key) {
        return new Checkpoint(entries, headHash, key.fingerprint(), key.sign(message(entries, headHash, at)));
    }

    String detail() {
        return "entries=" + entries + " head=" + headHash + " key=" + keyFingerprint + " signature="
                + Base64.getEncoder().encodeToString(signature);
    }

    static Optional<Checkpoint> parse(String detail) {
        Matcher m = detail == null ? null : DETAIL.matcher(detail);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Checkpoint(Long.parseLong(m.group(1)), m.group(2), m.group(3),
                Base64.getDecoder().decode(m.group(4))));
    }

    /** What is wrong with this checkpoint at {@code at} after {@code entries} entries ending in {@code head}, if anything. */
    Optional<String> problem(long chainEntries, String chainHead, Instant at, VerifyingKey key) {
        if (entries != chainEntries || !headHash.equals(chainHead)) {
            return Optional.of("the checkpoint names " + entries + " entries ending in " + headHash
                    + " where the chain has " + chainEntries + " ending in " + chainHead);
        }
        if (!keyFingerprint.equals(key.fingerprint())) {
            return Optional.of("the checkpoint is signed by key " + keyFingerprint + ", not by the audit signer "
                    + key.fingerprint());
        }
        return key.verifies(message(entries, headHash, at), signature) ? Optional.empty()
                : Optional.of("the checkpoint's signature does not verify");
    }

    private static byte[] message(long entries, String headHash, Instant at) {
        return EntryHash.encode(VERSION, Long.toString(entries), headHash, EntryHash.time(at));
    }
}
