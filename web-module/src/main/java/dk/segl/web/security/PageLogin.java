package dk.segl.web.security;

import dk.segl.organisation.Actor;
import dk.segl.organisation.Actors;
import jakarta.ejb.EJB;
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
import java.util.Optional;
import java.util.Set;

/**
 * The pages' form login: the login page hands the credential to {@link #validate} through
 * {@code SecurityContext.authenticate}; a valid one gets a fresh session id (against session
 * fixation) and the session remembers only the user's id. Every request looks that user up
 * again: once they are no longer activated (deleted) the session ends and the next page asks for
 * a login; roles are never remembered, so a removed role takes effect at once.
 */
@ApplicationScoped
public class PageLogin {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Where a visitor was going when the login page stopped them, e.g. the issuance link. */
    private static final String AFTER_LOGIN = "segl.afterLogin";
    private static final String USER_ID = "segl.userId";
    private static final Set<String> PUBLIC = Set.of(LOGIN_PAGE, "/activate", "/activate.xhtml", "/expired.xhtml");
    private static final Set<String> PAGES = Set.of("/", "/issue");
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @Inject
    PasswordCheck passwords;

    @EJB
    Actors actors;

    AuthenticationStatus validate(HttpServletRequest request, String path, HttpMessageContext context) {
        Credential credential = context.isAuthenticationRequest() && context.getAuthParameters() != null
                ? context.getAuthParameters().getCredential() : null;
        if (credential != null) {
            return login(request, credential, context);
        }
        Optional<Actor> user = sessionUser(request);
        if (user.isPresent()) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(user.get().loginName()), Set.of());
        }
        if (isProtectedPage(path)) {
            String query = request.getQueryString();
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (query == null ? "" : "?" + query);
            if (isOwnPath(target)) {
                request.getSession(true).setAttribute(AFTER_LOGIN, target);
            }
            String login = request.getContextPath() + LOGIN_PAGE;
            return PageRedirect.isAjax(request) ? ajaxRedirect(request, context.getResponse(), login) : context.redirect(login);
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
        request.getSession().setAttribute(USER_ID, actors.byLoginName(result.getCallerPrincipal().getName()).userId());
        return context.notifyContainerAboutLogin(result);
    }

    /** The activated user the session belongs to; a session whose user is gone is ended. */
    private Optional<Actor> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object id = session == null ? null : session.getAttribute(USER_ID);
        if (!(id instanceof String userId)) {
            return Optional.empty();
        }
        Optional<Actor> user = actors.activeById(userId);
        if (user.isEmpty()) {
            session.invalidate();
        }
        return user;
    }

    /**
     * Where the login page may send the visitor afterwards, and take it off the session: only a
     * path of Segl's own, never another host.
     */
    public static Optional<String> takeReturnTo(HttpSession session) {
        Object target = session.getAttribute(AFTER_LOGIN);
        session.removeAttribute(AFTER_LOGIN);
        return target instanceof String path && isOwnPath(path) ? Optional.of(path) : Optional.empty();
    }

    /**
     * A path on this server: one leading slash, then no second slash or backslash that a browser
     * would read as {@code //host}, and no control character or space (browsers drop tabs and
     * newlines from addresses, which would turn {@code /<tab>/host} into {@code //host}).
     */
    static boolean isOwnPath(String target) {
        if (target.length() < 1 || target.charAt(0) != '/' || target.indexOf('\\') >= 0) {
            return false;
        }
        if (target.length() > 1 && target.charAt(1) == '/') {
            return false;
        }
        return target.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
    }

    /** An ajax request (e.g. a click after the session ran out) is sent to the login page by a partial response. */
    private static AuthenticationStatus ajaxRedirect(HttpServletRequest request, HttpServletResponse response, String location) {
        try {
            PageRedirect.to(request, response, location);
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
