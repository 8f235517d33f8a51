package dk.segl.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A failing mail is retried later and later, from 5 seconds up to at most 10 minutes. */
class OutboxMailTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static Duration waitAfterFailures(int failures) {
        OutboxMail mail = new OutboxMail(new Mail("a@example.com", "s", "b"), NOW);
        for (int i = 0; i < failures; i++) {
            mail.failed("SMTP down", NOW);
        }
        return Duration.between(NOW, mail.nextAttemptAt());
    }

    @Test
    void backsOffExponentiallyAndCaps() {
        assertEquals(Duration.ZERO, waitAfterFailures(0));
        assertEquals(Duration.ofSeconds(5), waitAfterFailures(1));
        assertEquals(Duration.ofSeconds(10), waitAfterFailures(2));
        assertEquals(Duration.ofSeconds(20), waitAfterFailures(3));
        assertEquals(Duration.ofMinutes(10), waitAfterFailures(12));
        assertEquals(Duration.ofMinutes(10), waitAfterFailures(40));
    }
}
