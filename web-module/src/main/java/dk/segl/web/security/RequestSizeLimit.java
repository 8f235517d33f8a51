package dk.segl.web.security;

import dk.segl.error.Rule;
import dk.segl.web.api.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The largest request body Segl reads anywhere, pages and forms included: a declared
 * Content-Length over {@code segl.http.max-request-bytes} (2 MiB) is answered 413 before anything
 * reads the body. Each kind of body has its own smaller limit where it is read (JSON, CSV, CSR),
 * which also bounds a chunked body that declares no length.
 */
@WebFilter("/*")
public class RequestSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = ConfigProvider.getConfig()
            .getOptionalValue("segl.http.max-request-bytes", Long.class).orElse(2L * 1024 * 1024);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() <= MAX_BYTES) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(413);
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(Problem.json(413, "Content too large", Rule.BODY_TOO_LARGE,
                "A request body may have at most " + MAX_BYTES + " bytes").getBytes(StandardCharsets.UTF_8));
    }
}
