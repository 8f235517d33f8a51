package dk.segl.authentication;

import dk.segl.audit.AuditLog;
import dk.segl.organisation.Actor;
import dk.segl.organisation.Actors;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The one way to log in with a login name and password, for HTTP Basic and the login form alike:
 * a locked login name or address is refused before the password is looked at; otherwise the
 * password is checked and a wrong one counted. Each lock that starts is written to the audit log
 * once, never each request it refuses.
 */
@ApplicationScoped
public class PasswordLogin {

    @Inject
    LoginThrottle throttle;

    @EJB
    Actors actors;

    @EJB
    AuditLog audit;

    public LoginOutcome attempt(String login, char[] password, String clientAddress) {
        Optional<Duration> locked = throttle.remainingLock(login, clientAddress);
        if (locked.isPresent()) {
            return new LoginOutcome.Throttled(locked.get());
        }
        Optional<Actor> actor = actors.authenticate(login, password);
        if (actor.isPresent()) {
            throttle.succeeded(login);
            return new LoginOutcome.Accepted(actor.get());
        }
        List<LoginThrottle.Lock> started = throttle.failed(login, clientAddress);
        started.forEach(lock -> audit.refused(null, "login.throttle", lock.target(), "login-throttled"));
        return started.stream().map(LoginThrottle.Lock::duration).max(Duration::compareTo)
                .<LoginOutcome>map(LoginOutcome.Throttled::new)
                .orElseGet(LoginOutcome.Refused::new);
    }
}
