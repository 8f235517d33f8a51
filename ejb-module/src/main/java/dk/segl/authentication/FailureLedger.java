package dk.segl.authentication;

import dk.segl.retry.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recent failed logins per key (a login name, or a client address): the failure that reaches the
 * threshold locks the key for the back-off's first wait, every further one doubles it. A key
 * without a failure for {@code forgetAfter} (and no lock left) starts afresh. At most
 * {@code capacity} keys are kept, so a client spraying made-up login names cannot grow it without
 * limit: beyond it, the key touched least recently is forgotten.
 */
final class FailureLedger {

    private final int threshold;
    private final Backoff backoff;
    private final Duration forgetAfter;
    private final Map<String, Failures> byKey;

    FailureLedger(int threshold, Backoff backoff, Duration forgetAfter, int capacity) {
        if (threshold < 1) {
            throw new IllegalArgumentException("A lock needs at least one failure: " + threshold);
        }
        this.threshold = threshold;
        this.backoff = backoff;
        this.forgetAfter = forgetAfter;
        this.byKey = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The end of the key's lock, if it is locked now. */
    synchronized Optional<Instant> lockedUntil(String key, Instant now) {
        Failures failures = current(key, now);
        return failures == null || !now.isBefore(failures.lockedUntil())
                ? Optional.empty() : Optional.of(failures.lockedUntil());
    }

    /** Counts a failure; answers how long the lock it starts lasts, if it starts one. */
    synchronized Optional<Duration> fail(String key, Instant now) {
        Failures before = current(key, now);
        int count = before == null ? 1 : before.count() + 1;
        Duration lock = count < threshold ? Duration.ZERO : backoff.after(count - threshold + 1);
        byKey.put(key, new Failures(count, now, now.plus(lock)));
        return lock.isZero() ? Optional.empty() : Optional.of(lock);
    }

    synchronized void forget(String key) {
        byKey.remove(key);
    }

    synchronized int size() {
        return byKey.size();
    }

    private Failures current(String key, Instant now) {
        Failures failures = byKey.get(key);
        if (failures != null && !now.isBefore(failures.last().plus(forgetAfter))
                && !now.isBefore(failures.lockedUntil())) {
            byKey.remove(key);
            return null;
        }
        return failures;
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }
}
