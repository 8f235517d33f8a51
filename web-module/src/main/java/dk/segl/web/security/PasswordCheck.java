package dk.segl.web.security;

import dk.segl.authentication.LoginOutcome;
import dk.segl.authentication.PasswordLogin;
import dk.segl.organisation.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Checks a login name and password for both login mechanisms through the domain's throttled
 * {@link PasswordLogin}, with the request's client address. A login the throttle refused is
 * marked on the request, so the answer (a 429 from the API, a message on the login page) can say
 * when to try again. An IdM system's password is EST's HTTP Basic secret only: here it is refused,
 * and marked so, for the API to say why.
 */
@ApplicationScoped
public class PasswordCheck {

    private static final String THROTTLED = "segl.loginThrottledSeconds";
    private static final String IDM_SYSTEM = "segl.loginIdmSystem";

    @Inject
    PasswordLogin logins;

    public CredentialValidationResult validate(HttpServletRequest request, Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        LoginOutcome outcome = logins.attempt(login.getCaller(), login.getPassword().getValue(), request.getRemoteAddr());
        if (outcome instanceof LoginOutcome.Accepted accepted) {
            if (accepted.actor().roles().contains(Role.IDM_SYSTEM)) {
                request.setAttribute(IDM_SYSTEM, Boolean.TRUE);
                return CredentialValidationResult.INVALID_RESULT;
            }
            return new CredentialValidationResult(accepted.actor().loginName(),
                    accepted.actor().roles().stream().map(Enum::name).collect(Collectors.toSet()));
        }
        if (outcome instanceof LoginOutcome.Throttled throttled) {
            request.setAttribute(THROTTLED, throttled.retryAfterSeconds());
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    /** Whether the password was an IdM system's, which logs in to EST only. */
    public static boolean isIdmSystem(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(IDM_SYSTEM));
    }

    /** Whole seconds until the throttle lets this request's login try again, if the throttle refused it. */
    public static OptionalLong retryAfter(HttpServletRequest request) {
        return request.getAttribute(THROTTLED) instanceof Long seconds ? OptionalLong.of(seconds) : OptionalLong.empty();
    }
}
