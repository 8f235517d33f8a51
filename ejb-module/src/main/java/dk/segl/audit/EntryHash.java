package dk.segl.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The canonical encoding of an audit entry and its SHA-256 hash (README, "Verifying the audit
 * log"). Each field is its UTF-8 octets after a four-octet big-endian length, a missing field the
 * length {@code FFFFFFFF}: no choice of field values makes two entries encode alike.
 */
public final class EntryHash {

    /** The hash the first entry names as the one before it. */
    public static final String GENESIS = "0".repeat(64);

    static final String ENTRY_VERSION = "segl-audit-entry-1";

    /** Microseconds, as both databases store a timestamp; a stored time reads back to the same text. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EntryHash() {
    }

    static String of(ChainedEntry entry) {
        return hex(encode(ENTRY_VERSION, entry.seq() == null ? null : entry.seq().toString(), entry.previousHash(),
                entry.id(), time(entry.occurredAt()), entry.actor(), entry.action(), entry.target(), entry.outcome(),
                entry.detail()));
    }

    /** The time as the chain stores and encodes it. */
    static Instant stored(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    static String time(Instant time) {
        return time == null ? null : TIME.format(time);
    }

    static byte[] encode(String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String field : fields) {
            byte[] octets = field == null ? null : field.getBytes(StandardCharsets.UTF_8);
            int length = octets == null ? -1 : octets.length;
            out.write(length >>> 24);
            out.write(length >>> 16);
            out.write(length >>> 8);
            out.write(length);
            if (octets != null) {
                out.writeBytes(octets);
            }
        }
        return out.toByteArray();
    }

    static String hex(byte[] message) {
        return HexFormat.of().formatHex(sha256(message));
    }

    static byte[] sha256(byte[] message) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(message);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
