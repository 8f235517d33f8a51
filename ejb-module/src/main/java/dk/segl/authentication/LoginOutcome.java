package dk.segl.authentication;

import dk.segl.organisation.Actor;
import java.time.Duration;

/** What a password login came to: accepted, refused (wrong or unknown), or throttled for a while. */
public sealed interface LoginOutcome {

    record Accepted(Actor actor) implements LoginOutcome {
    }

    record Refused() implements LoginOutcome {
    }

    record Throttled(Duration retryAfter) implements LoginOutcome {

        /** Whole seconds, rounded up (HTTP's Retry-After has no fractions), and at least one. */
        public long retryAfterSeconds() {
            long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }
}
