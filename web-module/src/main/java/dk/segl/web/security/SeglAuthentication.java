package dk.segl.web.security;

import dk.segl.error.Rule;
import dk.segl.web.api.Unavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;

/**
 * Segl's one authentication mechanism (Jakarta Security allows one per application), choosing by
 * path: HTTP Basic ({@link BasicCredentials}) for the REST API, and the pages' form login (see
 * {@link PageLogin}) for everything else; the IdM API under /api/v1/idm only over mutual TLS with a
 * system certificate ({@link IdmSystemLogin}). Everything under /api/v1 needs a login except the
 * activation endpoint, whose token is the proof. API refusals answer as problem+json, like every
 * other error of the API.
 */
@ApplicationScoped
public class SeglAuthentication implements HttpAuthenticationMechanism {

    private static final String API = "/api/";
    private static final String EST = "/.well-known/est/";
    private static final String IDM_API = "/api/v1/idm/";
    private static final Set<String> PUBLIC = Set.of("/api/v1/activation");

    @Inject
    BasicCredentials basic;

    @Inject
    PageLogin pages;

    @Inject
    IdmSystemLogin idmSystems;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.applyTo(request, response);
        try {
            return validate(request, response, context);
        } catch (RuntimeException e) {
            // Looking up the caller needs the database (and a login writes to it); an exception here
            // would be a bare 500.
            Rule unavailable = Unavailable.ruleFor(e).orElseThrow(() -> e);
            try {
                Unavailable.answer(request, response, request.getRequestURI(), unavailable);
            } catch (IOException gone) {
                // The client has gone; there is nobody left to answer.
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        // The path as the container mapped it: decoded, dot segments resolved, ;parameters dropped.
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        if (path.startsWith(EST)) {
            // EST authenticates IdM systems itself (TLS client certificate or HTTP Basic), with EST's answers.
            return context.doNothing();
        }
        if (path.startsWith(IDM_API)) {
            return idmSystems.apiLogin(request, response, context);
        }
        if (!path.startsWith(API)) {
            return pages.validate(request, path, context);
        }
        if (!BasicCredentials.isBasic(request.getHeader("Authorization"))) {
            if (PUBLIC.contains(path)) {
                return context.doNothing();
            }
            BasicCredentials.refuse(response, Rule.LOGIN_REQUIRED, "Log in with HTTP Basic as an activated user");
            return AuthenticationStatus.SEND_FAILURE;
        }
        return basic.check(request, response).map(context::notifyContainerAboutLogin)
                .orElse(AuthenticationStatus.SEND_FAILURE);
    }
}
