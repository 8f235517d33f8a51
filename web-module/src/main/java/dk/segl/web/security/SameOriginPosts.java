package dk.segl.web.security;

import dk.segl.config.SeglConfig;
import dk.segl.error.Rule;
import dk.segl.web.api.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * A page request that changes something (a form or an ajax postback: any method but GET, HEAD and
 * OPTIONS) must come from one of Segl's own pages: its {@code Origin}, or lacking that its
 * {@code Referer}, must be Segl's public origin ({@code segl.public-base-url}), or the origin the
 * browser itself addressed (scheme and {@code Host}: a browser sets that header to the real target,
 * and a page of another origin cannot change it). This runs before
 * Faces, so a refused request reaches no view and no action; Faces' session-bound view state is
 * the second, independent check.
 *
 * <p>A request with neither header is refused too, as OWASP's CSRF cheat sheet recommends:
 * every browser Segl supports sends {@code Origin} with a POST (the pages' Referrer-Policy
 * {@code same-origin} keeps it the real origin rather than {@code null}), so only a client that is
 * not a browser, or one that strips headers, lacks both, and neither needs Segl's pages.
 */
@WebFilter(servletNames = "Faces")
public class SameOriginPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    SeglConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || fromSegl(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(Problem.json(403, "Not allowed", Rule.ORIGIN_NOT_SEGL,
                "A page may only be posted from Segl's own pages; nothing was changed").getBytes(StandardCharsets.UTF_8));
    }

    private boolean fromSegl(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String claimed = origin(origin != null ? origin : String.valueOf(request.getHeader("Referer")));
        return !claimed.isEmpty() && (claimed.equals(origin(config.publicBaseUrl().toString()))
                || claimed.equals(origin(request.getScheme() + "://" + request.getHeader("Host"))));
    }

    /** scheme://host[:port] in lower case, the port only when not the scheme's default; "" when unreadable. */
    static String origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
