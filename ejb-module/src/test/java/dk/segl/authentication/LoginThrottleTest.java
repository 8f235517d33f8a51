package dk.segl.authentication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.config.PassingClock;
import dk.segl.retry.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The throttle's schedule, with time passed by hand: 5 failures per account, 20 per address, 1 s doubling to 15 min. */
class LoginThrottleTest {

    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "198.51.100.7";

    private final PassingClock clock = new PassingClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofHours(1));

    @Test
    void theFifthFailureLocksTheAccountForOneSecondFromEveryAddress() {
        for (int i = 0; i < 4; i++) {
            assertEquals(List.of(), throttle.failed("alice", HOME));
        }
        assertEquals(Optional.empty(), throttle.remainingLock("alice", HOME));
        assertEquals(List.of(new LoginThrottle.Lock("account:alice", Duration.ofSeconds(1))), throttle.failed("Alice", HOME));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.remainingLock("ALICE", ELSEWHERE));
        assertEquals(Optional.empty(), throttle.remainingLock("bob", HOME), "other accounts are not locked");

        clock.pass(Duration.ofMillis(400));
        assertEquals(Optional.of(Duration.ofMillis(600)), throttle.remainingLock("alice", HOME));
        clock.pass(Duration.ofMillis(600));
        assertEquals(Optional.empty(), throttle.remainingLock("alice", HOME));
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToFifteenMinutes() {
        List<Duration> locks = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            throttle.failed("alice", "192.0.2." + i).forEach(lock -> locks.add(lock.duration()));
            throttle.remainingLock("alice", HOME).ifPresent(clock::pass);
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L),
                locks.stream().map(Duration::getSeconds).toList());
    }

    @Test
    void aSuccessEndsTheAccountsCountButNotTheAddresses() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", HOME);
        }
        throttle.succeeded("alice");
        assertEquals(List.of(), throttle.failed("alice", HOME), "counting starts again");

        for (int i = 0; i < 14; i++) {
            throttle.failed("user" + i, HOME);
        }
        throttle.succeeded("mallory");
        assertEquals(List.of(new LoginThrottle.Lock("address:" + HOME, Duration.ofSeconds(1))), throttle.failed("eve", HOME),
                "the 20th failure from one address, whatever the login names, locks the address");
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.remainingLock("someone-else", HOME));
        assertEquals(Optional.empty(), throttle.remainingLock("someone-else", ELSEWHERE));
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutOne() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", HOME);
        }
        clock.pass(Duration.ofMinutes(59));
        assertEquals(1, throttle.failed("alice", HOME).size(), "59 minutes later the fifth still counts");
        clock.pass(Duration.ofHours(1));
        assertEquals(List.of(), throttle.failed("alice", HOME), "an hour after the last failure it starts afresh");
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }
        List<LoginThrottle.Lock> locks = throttle.failed("eve", "2001:db8:1:2:ffff::1");
        assertEquals(List.of(new LoginThrottle.Lock("address:2001:db8:1:2:0:0:0:0/64", Duration.ofSeconds(1))), locks);
        assertTrue(throttle.remainingLock("x", "2001:db8:1:2::99").isPresent());
        assertTrue(throttle.remainingLock("x", "2001:db8:1:3::1").isEmpty());
    }

    @Test
    void madeUpLoginNamesDoNotGrowTheLedgerBeyondItsCapacity() {
        FailureLedger ledger = new FailureLedger(5, new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1)),
                Duration.ofHours(1), 3);
        for (int i = 0; i < 10; i++) {
            ledger.fail("sprayed-" + i, clock.instant());
        }
        assertEquals(3, ledger.size());
        assertEquals(Optional.empty(), ledger.lockedUntil("sprayed-0", clock.instant()));
    }

    @Test
    void aLoginNameThatCannotBePrintedIsAuditedReadably() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("a\u0000b\nc", HOME);
        }
        assertEquals("account:a?b?c", throttle.failed("a\u0000b\nc", HOME).get(0).target());
    }
}
