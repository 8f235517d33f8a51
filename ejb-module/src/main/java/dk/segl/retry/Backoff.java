package dk.segl.retry;

import java.time.Duration;

/**
 * Exponential back-off for work delivered by a worker (mails, directory publications): the wait
 * doubles with each failed attempt from {@code first} up to {@code longest}, so an outage is
 * retried soon after it ends without being hammered while it lasts.
 */
public record Backoff(Duration first, Duration longest) {

    public Backoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("back-off must grow from a positive first wait: " + first + ", " + longest);
        }
    }

    /** How long to wait after the given number of failed attempts (1 for the first failure). */
    public Duration after(int failedAttempts) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(failedAttempts, 1) - 1, 16));
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
