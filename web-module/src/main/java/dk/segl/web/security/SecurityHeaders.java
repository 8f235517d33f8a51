package dk.segl.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers that make every answer safe by default: no framing (clickjacking), no content sniffing,
 * no Referer to other sites (the email links carry tokens; {@code same-origin} rather than
 * {@code no-referrer}, because under {@code no-referrer} browsers send {@code Origin: null} with
 * Segl's own posts, which {@link SameOriginPosts} could not tell from a forged one), scripts only
 * from Segl itself, HSTS once the request came over HTTPS, and {@code Cache-Control: no-store} on
 * every answer to a logged-in caller, so no cache keeps what only they may see.
 *
 * <p>The policy is written once, as PrimeFaces' {@code primefaces.CSP_POLICY} in web.xml, and ends
 * with {@code script-src 'self'}. Answers that are not pages get it as it stands; on a page,
 * PrimeFaces moves every inline handler into one script and adds that page's nonce to the same
 * policy, and its header replaces this one (a second header would be enforced as well and block
 * the nonce). Faces escapes every value it writes, which is what keeps names like
 * {@code <script>} text.
 */
// Error and forward dispatches too: an error page is a Faces page whose nonce policy must replace
// this one, which the original request's answer already carries.
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    private static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        applyTo(request, response);
        if (request.getUserPrincipal() != null) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new PolicyReplacedByPage(response));
    }

    /**
     * Also called by the login mechanism, which answers some requests (the redirect to the login
     * page, a refused API login) before any filter runs.
     */
    static void applyTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CONTENT_SECURITY_POLICY, policy(request.getServletContext()));
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    private static String policy(ServletContext context) {
        return context.getInitParameter(POLICY_PARAMETER);
    }

    private static final class PolicyReplacedByPage extends HttpServletResponseWrapper {

        PolicyReplacedByPage(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
