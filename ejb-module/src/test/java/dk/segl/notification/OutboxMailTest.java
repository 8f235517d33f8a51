package dk.segl.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A failing mail is retried later and later, from 5 seconds up to at most 10 minutes, and given up
 * as a dead letter after the bounded number of attempts, or at once when the server refuses it for good.
 */
class OutboxMailTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static final int MAX_ATTEMPTS = 100;
    private static final MailDeliveryException SMTP_DOWN = new MailDeliveryException("SMTP down", null);

    private static OutboxMail mail() {
        return new OutboxMail(new Mail("a@example.com", "s", "Issuance token: t"), "noreply@segl.example", NOW);
    }

    private static OutboxMail failed(int failures, int maxAttempts) {
        OutboxMail mail = mail();
        for (int i = 0; i < failures; i++) {
            mail.failed(SMTP_DOWN, NOW, maxAttempts);
        }
        return mail;
    }

    private static Duration waitAfterFailures(int failures) {
        OutboxMail mail = failed(failures, MAX_ATTEMPTS);
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

    @Test
    void givenUpAsADeadLetterAfterTheLastAttempt() {
        assertTrue(failed(2, 3).deadAt().isEmpty());
        OutboxMail dead = failed(3, 3);
        assertEquals(NOW, dead.deadAt().orElseThrow());
        assertEquals(3, dead.deadLetter().attempts());
        assertEquals("SMTP down", dead.deadLetter().lastError());
    }

    @Test
    void aRecipientTheServerRefusesForGoodIsADeadLetterAtOnce() throws Exception {
        OutboxMail mail = mail();
        mail.failed(MailDeliveryException.of("SMTP delivery failed", new SendFailedException("550 no such user",
                null, new Address[0], new Address[0], new Address[] {new InternetAddress("a@example.com")})),
                NOW, MAX_ATTEMPTS);
        assertEquals(NOW, mail.deadAt().orElseThrow());
    }

    @Test
    void anOperatorSendsADeadLetterAgainAtOnceWithTheSameMessageId() {
        OutboxMail dead = failed(3, 3);
        String messageId = dead.queued().messageId();
        dead.revive(NOW.plusHours(1));
        assertTrue(dead.deadAt().isEmpty());
        assertEquals(NOW.plusHours(1), dead.nextAttemptAt());
        assertEquals(messageId, dead.queued().messageId());
        assertEquals("<" + dead.id() + "@segl.example>", messageId);
    }
}
