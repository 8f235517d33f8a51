package dk.segl.authentication;

import dk.segl.retry.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttles password guesses per login name and per client address: the failure that reaches
 * {@code segl.login.throttle.account-failures} for one login name, or
 * {@code segl.login.throttle.address-failures} from one address, locks it for the base delay, and
 * each further failure doubles the lock up to the ceiling. A locked login name or address is
 * refused without checking the password, so a right password during a lock is refused too. A
 * successful login ends the count of its login name (not of its address: one valid account must
 * not open the address up for guessing others).
 *
 * <p>Unknown login names are counted exactly like known ones, so the throttle does not tell
 * whether an account exists. The counts live in memory on this node only: with several nodes
 * behind a load balancer each node counts for itself.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Keys kept per ledger: about 5 MB at most, whatever a client sends. */
    static final int CAPACITY = 20_000;
    /** Longer login names do not exist; keys are cut so a huge header cannot become a huge key. */
    private static final int LONGEST_LOGIN = 100;

    private Clock clock;
    private FailureLedger accounts;
    private FailureLedger addresses;

    /** For CDI's client proxy only. */
    protected LoginThrottle() {
    }

    @Inject
    LoginThrottle(Clock clock,
                  @ConfigProperty(name = "segl.login.throttle.account-failures") int accountFailures,
                  @ConfigProperty(name = "segl.login.throttle.address-failures") int addressFailures,
                  @ConfigProperty(name = "segl.login.throttle.base-delay") Duration baseDelay,
                  @ConfigProperty(name = "segl.login.throttle.max-delay") Duration maxDelay,
                  @ConfigProperty(name = "segl.login.throttle.forget-after") Duration forgetAfter) {
        Backoff backoff = new Backoff(baseDelay, maxDelay);
        Duration memory = forgetAfter.compareTo(maxDelay) < 0 ? maxDelay : forgetAfter;
        this.clock = clock;
        this.accounts = new FailureLedger(accountFailures, backoff, memory, CAPACITY);
        this.addresses = new FailureLedger(addressFailures, backoff, memory, CAPACITY);
    }

    /** How long the login name or the address must still wait, if either is locked now. */
    public Optional<Duration> remainingLock(String login, String address) {
        Instant now = clock.instant();
        return Stream.of(accounts.lockedUntil(accountKey(login), now),
                        addresses.lockedUntil(ClientAddress.keyOf(address), now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo)
                .map(until -> Duration.between(now, until));
    }

    /** Counts a wrong guess against the login name and the address; answers the locks it started. */
    public List<Lock> failed(String login, String address) {
        Instant now = clock.instant();
        List<Lock> started = new ArrayList<>(2);
        String account = accountKey(login);
        String client = ClientAddress.keyOf(address);
        accounts.fail(account, now).ifPresent(lock -> started.add(new Lock("account:" + printable(account), lock)));
        addresses.fail(client, now).ifPresent(lock -> started.add(new Lock("address:" + printable(client), lock)));
        return started;
    }

    public void succeeded(String login) {
        accounts.forget(accountKey(login));
    }

    /** A lock that a failure started: what is locked (for the audit log) and for how long. */
    public record Lock(String target, Duration duration) {
    }

    private static String accountKey(String login) {
        String key = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return key.length() > LONGEST_LOGIN ? key.substring(0, LONGEST_LOGIN) : key;
    }

    /** Whatever a client sent as its login name, fit to be written into the audit log. */
    private static String printable(String key) {
        return key.codePoints()
                .map(c -> c > 0x20 && c < 0x7f ? c : '?')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
