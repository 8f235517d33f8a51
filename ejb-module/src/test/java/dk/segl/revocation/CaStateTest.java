package dk.segl.revocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * CRL numbers only grow, and never fall below the signing time in milliseconds (so a restore
 * continues above); a clock set back behind the current full CRL gets a new one at once.
 */
class CaStateTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 30, 20, 0, 0, 0, ZoneOffset.UTC);
    private static final long NOW_MILLIS = NOW.toInstant().toEpochMilli();

    @Test
    void aNumberIsAtLeastTheSigningTimeAndAlwaysAboveTheLast() {
        CaState state = new CaState();
        assertEquals(BigInteger.valueOf(NOW_MILLIS), state.takeNumber(NOW), "a restored or new CA jumps to the clock");
        assertEquals(BigInteger.valueOf(NOW_MILLIS + 1), state.takeNumber(NOW), "two in one millisecond");
        assertEquals(BigInteger.valueOf(NOW_MILLIS + 2), state.takeNumber(NOW.minusHours(1)), "a clock set back");
        assertEquals(BigInteger.valueOf(NOW_MILLIS + 60_000), state.takeNumber(NOW.plusMinutes(1)), "a minute later");
    }

    @Test
    void aFullCrlFromTheFutureIsReplacedAndDoesNotCutExpiredEntries() {
        CaState state = new CaState();
        OffsetDateTime ahead = NOW.plusDays(14);
        state.fullPublished(state.takeNumber(ahead), new byte[] {1}, ahead, ahead.plusHours(24), ahead);
        assertEquals(true, state.fullDue(NOW, Duration.ofHours(1)), "signed while the clock was ahead");
        assertEquals(NOW, state.nextExpiryCutoff(NOW), "the next full CRL keeps what expires within the 14 days");
        assertEquals(false, state.fullDue(ahead.plusMinutes(1), Duration.ofHours(1)), "an ordinary minute later");
    }
}
