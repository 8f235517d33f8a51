package dk.segl.web.api;

import dk.segl.error.Rule;
import dk.segl.persistence.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The answer while Segl's database does not answer, wherever the outage is met outside JAX-RS
 * (the login mechanism, the container's error page): 503 with {@code Retry-After}; a browser gets
 * the static {@code /unavailable.html} (the pages' template itself needs the database), everything
 * else problem+json {@code database-unavailable}.
 */
public final class Unavailable {

    private static final String PAGE = "/unavailable.html";

    private Unavailable() {
    }

    public static void answer(HttpServletRequest request, HttpServletResponse response, String requestUri)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        if (PageRequest.wanted(request, requestUri)) {
            response.setContentType("text/html;charset=UTF-8");
            try (InputStream page = request.getServletContext().getResourceAsStream(PAGE)) {
                page.transferTo(response.getOutputStream());
            }
            return;
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(Problem.json(503, "Service unavailable", Rule.DATABASE_UNAVAILABLE,
                Rule.DATABASE_UNAVAILABLE.text()).getBytes(StandardCharsets.UTF_8));
    }
}
