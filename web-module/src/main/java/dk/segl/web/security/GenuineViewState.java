package dk.segl.web.security;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A page post (form or ajax postback) must carry a view state this session was given, or it goes
 * to "The page has expired" before Faces sees it. Faces alone is not enough: an ajax postback
 * with a made-up or another session's view state was seen to be run on a freshly built view,
 * action included (a forged post created an organisation administrator).
 *
 * <p>With server-side state saving, Mojarra (the Faces of Payara) keeps the views it gave out in
 * the session attribute {@value #VIEWS}, by the two parts of the view state id
 * ({@code logical:actual}). Should that ever change, every post is refused: this fails closed,
 * and the page tests would show it at once.
 */
@WebFilter(servletNames = "Faces")
public class GenuineViewState extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String VIEWS = "com.sun.faces.renderkit.ServerSideStateHelper.LogicalViewMap";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || issuedBy(request.getSession(false), viewState(request))) {
            chain.doFilter(request, response);
            return;
        }
        PageRedirect.to(request, response, request.getContextPath() + "/expired.xhtml");
    }

    /** Segl's pages are UTF-8; set before reading so Faces reads the same parameters later. */
    private static String viewState(HttpServletRequest request) throws IOException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        return request.getParameter(ResponseStateManager.VIEW_STATE_PARAM);
    }

    static boolean issuedBy(HttpSession session, String viewState) {
        if (session == null || viewState == null) {
            return false;
        }
        int colon = viewState.indexOf(':');
        Object views = session.getAttribute(VIEWS);
        if (colon < 1 || !(views instanceof Map<?, ?> logical)) {
            return false;
        }
        Object actual = logical.get(viewState.substring(0, colon));
        return actual instanceof Map<?, ?> states && states.get(viewState.substring(colon + 1)) != null;
    }
}
