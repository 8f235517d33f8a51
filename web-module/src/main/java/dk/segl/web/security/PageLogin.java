package dk.segl.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The pages' form login: the login page hands the credential to {@link #validate} through
 * {@code SecurityContext.authenticate}; a valid one gets a fresh session id (against session
 * fixation) and the session remembers only the login name. Roles are not remembered: every
 * service call looks the actor up again, so a removed role takes effect at once.
 */
@ApplicationScoped
public class PageLogin {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Where a visitor was going when the login page stopped them, e.g. the issuance link. */
    public static final String AFTER_LOGIN = "segl.afterLogin";
    private static final String CALLER = "segl.caller";
    private static final Set<String> PUBLIC = Set.of(LOGIN_PAGE, "/activate", "/activate.xhtml", "/expired.xhtml");
    private static final Set<String> PAGES = Set.of("/", "/issue");
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @Inject
    PasswordCheck passwords;

    AuthenticationStatus validate(HttpServletRequest request, String path, HttpMessageContext context) {
        Credential credential = context.isAuthenticationRequest() && context.getAuthParameters() != null
                ? context.getAuthParameters().getCredential() : null;
        if (credential != null) {
            return login(request, credential, context);
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(CALLER);
        if (caller instanceof String name) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(name), Set.of());
        }
        if (isProtectedPage(path)) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(AFTER_LOGIN, path + (query == null ? "" : "?" + query));
            String login = request.getContextPath() + LOGIN_PAGE;
            return isAjax(request) ? ajaxRedirect(context.getResponse(), login) : context.redirect(login);
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(HttpServletRequest request, Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = passwords.validate(request, credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) == null) {
            request.getSession(true);
        } else {
            request.changeSessionId();
        }
        request.getSession().setAttribute(CALLER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /**
     * An ajax request (e.g. a click after the session ran out) cannot follow an HTTP redirect to a
     * page; Faces' script follows a redirect written as a partial response.
     */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String location) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location + "\"/></partial-response>");
            response.flushBuffer();
        } catch (IOException e) {
            // The browser has gone; there is nobody left to answer.
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    static boolean isProtectedPage(String path) {
        if (PUBLIC.contains(path) || path.startsWith(FACES_RESOURCES)) {
            return false;
        }
        return PAGES.contains(path) || path.endsWith(".xhtml");
    }
}
