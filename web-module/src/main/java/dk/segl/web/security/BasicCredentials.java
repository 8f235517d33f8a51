package dk.segl.web.security;

import dk.segl.error.Rule;
import dk.segl.web.api.Problem;
import dk.segl.web.api.ProblemMappers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * HTTP Basic for everything that is not a page (the REST API and {@code /metrics}): the header
 * decoded, the password checked by the throttled {@link PasswordCheck}, and every refusal answered
 * as problem+json with the status and headers RFC 7235 and RFC 6585 ask for.
 */
@ApplicationScoped
public class BasicCredentials {

    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    PasswordCheck passwords;

    public static boolean isBasic(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** The valid login in the request's HTTP Basic header; empty once the refusal has been answered. */
    public Optional<CredentialValidationResult> check(HttpServletRequest request, HttpServletResponse response) {
        UsernamePasswordCredential credential = decode(request.getHeader("Authorization").substring(6).strip());
        if (credential == null) {
            refuse(response, Rule.LOGIN_MALFORMED, Rule.LOGIN_MALFORMED.text());
            return Optional.empty();
        }
        CredentialValidationResult result = passwords.validate(request, credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return Optional.of(result);
        }
        OptionalLong retryAfter = PasswordCheck.retryAfter(request);
        if (PasswordCheck.isIdmSystem(request)) {
            answer(response, Rule.IDM_SYSTEM_PASSWORD_EST_ONLY, Rule.IDM_SYSTEM_PASSWORD_EST_ONLY.text());
        } else if (retryAfter.isPresent()) {
            throttled(response, retryAfter.getAsLong());
        } else {
            refuse(response, Rule.LOGIN_FAILED, Rule.LOGIN_FAILED.text());
        }
        return Optional.empty();
    }

    /** The login and password of an HTTP Basic credential (the part after "Basic "), or null if it is not one. */
    static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static void refuse(HttpServletResponse response, Rule rule, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Segl\", charset=\"UTF-8\"");
        answer(response, HttpServletResponse.SC_UNAUTHORIZED, Problem.json(401, "Login required", rule, detail));
    }

    /** Too many failed logins for this login name or from this address: the same answer either way. */
    private static void throttled(HttpServletResponse response, long retryAfterSeconds) {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        answer(response, TOO_MANY_REQUESTS, Problem.json(TOO_MANY_REQUESTS, "Too many failed logins",
                Rule.LOGIN_THROTTLED, "Too many failed logins; try again in " + retryAfterSeconds + " seconds"));
    }

    /** The refusal as the API answers its kind, naming the rule. */
    public static void answer(HttpServletResponse response, Rule rule, String detail) {
        int status = ProblemMappers.status(rule.kind());
        answer(response, status, Problem.json(status, ProblemMappers.title(rule.kind()), rule, detail));
    }

    public static void answer(HttpServletResponse response, int status, String problem) {
        try {
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(problem);
            response.flushBuffer();
        } catch (IOException e) {
            // The client has gone; there is nobody left to answer.
        }
    }
}
