package dk.segl.web.security;

import dk.segl.error.Rule;
import dk.segl.web.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Segl's one authentication mechanism (Jakarta Security allows one per application), choosing by
 * path: HTTP Basic, checked by the throttled {@link PasswordCheck}, for the REST API, and the pages' form login (see
 * {@link PageLogin}) for everything else. Everything under /api/v1 needs a login except the
 * activation endpoint, whose token is the proof. API refusals answer as problem+json, like every
 * other error of the API.
 */
@ApplicationScoped
public class SeglAuthentication implements HttpAuthenticationMechanism {

    private static final String API = "/api/";
    private static final String EST = "/.well-known/est/";
    private static final Set<String> PUBLIC = Set.of("/api/v1/activation");
    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    PasswordCheck passwords;

    @Inject
    PageLogin pages;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.applyTo(request, response);
        // The path as the container mapped it: decoded, dot segments resolved, ;parameters dropped.
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        if (path.startsWith(EST)) {
            // EST authenticates IdM systems itself (TLS client certificate or HTTP Basic), with EST's answers.
            return context.doNothing();
        }
        if (!path.startsWith(API)) {
            return pages.validate(request, path, context);
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return PUBLIC.contains(path) ? context.doNothing()
                    : refuse(response, Rule.LOGIN_REQUIRED, "Log in with HTTP Basic as an activated user");
        }
        UsernamePasswordCredential credential = decode(header.substring(6).strip());
        if (credential == null) {
            return refuse(response, Rule.LOGIN_MALFORMED, Rule.LOGIN_MALFORMED.text());
        }
        CredentialValidationResult result = passwords.validate(request, credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        OptionalLong retryAfter = PasswordCheck.retryAfter(request);
        if (retryAfter.isPresent()) {
            return throttled(response, retryAfter.getAsLong());
        }
        return refuse(response, Rule.LOGIN_FAILED, Rule.LOGIN_FAILED.text());
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

    private static AuthenticationStatus refuse(HttpServletResponse response, Rule rule, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Segl\", charset=\"UTF-8\"");
        return answer(response, HttpServletResponse.SC_UNAUTHORIZED, Problem.json(401, "Login required", rule, detail));
    }

    /** Too many failed logins for this login name or from this address: the same answer either way. */
    private static AuthenticationStatus throttled(HttpServletResponse response, long retryAfterSeconds) {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        return answer(response, TOO_MANY_REQUESTS, Problem.json(TOO_MANY_REQUESTS, "Too many failed logins",
                Rule.LOGIN_THROTTLED, "Too many failed logins; try again in " + retryAfterSeconds + " seconds"));
    }

    private static AuthenticationStatus answer(HttpServletResponse response, int status, String problem) {
        try {
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(problem);
            response.flushBuffer();
        } catch (IOException e) {
            // The client has gone; there is nobody left to answer.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
