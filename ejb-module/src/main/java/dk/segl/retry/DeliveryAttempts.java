package dk.segl.retry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/**
 * The retry state of a row that a worker delivers (an outbox mail, a directory publication):
 * how often it failed, when to try next, and why it failed last.
 */
@Embeddable
public class DeliveryAttempts {

    private static final int MAX_ERROR_LENGTH = 500;

    @Column(name = "attempts", nullable = false)
    private int count;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    protected DeliveryAttempts() {
    }

    /** Due at once. */
    public static DeliveryAttempts dueAt(OffsetDateTime now) {
        DeliveryAttempts attempts = new DeliveryAttempts();
        attempts.nextAttemptAt = now;
        return attempts;
    }

    public void failed(String error, OffsetDateTime now, Backoff backoff) {
        count++;
        nextAttemptAt = now.plus(backoff.after(count));
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
    }

    public int count() {
        return count;
    }

    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }
}
