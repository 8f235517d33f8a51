package dk.segl.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.config.PassingClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final String HASH = "PBKDF2WithHmacSHA256:60000:c2FsdA==:aGFzaA==";

    private final PassingClock clock = new PassingClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final VerifiedCredentials verified = new VerifiedCredentials(clock, Duration.ofSeconds(60));

    @Test
    void aVerifiedPasswordIsConfirmedForItsLifetimeOnly() {
        verified.remember("alice", "it-password-1".toCharArray(), HASH);
        assertTrue(verified.confirms("Alice", "it-password-1".toCharArray(), HASH), "login names are case-insensitive");
        clock.pass(Duration.ofSeconds(59));
        assertTrue(verified.confirms("alice", "it-password-1".toCharArray(), HASH));
        clock.pass(Duration.ofSeconds(1));
        assertFalse(verified.confirms("alice", "it-password-1".toCharArray(), HASH));
        assertEquals(0, verified.size(), "an expired entry is dropped");
    }

    @Test
    void onlyTheSameLoginPasswordAndStoredHashAreConfirmed() {
        verified.remember("alice", "it-password-1".toCharArray(), HASH);
        assertFalse(verified.confirms("alice", "it-password-2".toCharArray(), HASH), "another password");
        assertFalse(verified.confirms("bob", "it-password-1".toCharArray(), HASH), "another login name");
        assertFalse(verified.confirms("alice", "it-password-1".toCharArray(), HASH + "x"), "the password was changed");
        assertFalse(verified.confirms("alic", "eit-password-1".toCharArray(), HASH), "the boundary between login and password");
    }

    @Test
    void aZeroLifetimeRemembersNothing() {
        VerifiedCredentials off = new VerifiedCredentials(clock, Duration.ZERO);
        off.remember("alice", "it-password-1".toCharArray(), HASH);
        assertFalse(off.confirms("alice", "it-password-1".toCharArray(), HASH));
    }

    @Test
    void theCacheIsBounded() {
        for (int i = 0; i < VerifiedCredentials.CAPACITY + 100; i++) {
            verified.remember("user" + i, "it-password-1".toCharArray(), HASH);
        }
        assertEquals(VerifiedCredentials.CAPACITY, verified.size());
        assertFalse(verified.confirms("user0", "it-password-1".toCharArray(), HASH), "the oldest went first");
    }
}
