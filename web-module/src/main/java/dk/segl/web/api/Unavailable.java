package dk.segl.web.api;

import dk.segl.error.Rule;
import dk.segl.persistence.DatabaseUnavailable;
import dk.segl.persistence.StorageFull;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The answer while Segl's database cannot take a request: it does not answer
 * ({@code database-unavailable}), or its disk is below the reserve and changes are refused
 * ({@code storage-full}). 503 with {@code Retry-After}; wherever it is met outside JAX-RS (the
 * login mechanism, the container's error page) a browser gets the static {@code /unavailable.html}
 * (the pages' template itself needs the database), everything else problem+json.
 */
public final class Unavailable {

    private static final String PAGE = "/unavailable.html";

    private Unavailable() {
    }

    /** The rule a failure is answered by when it is the database's passing state, not a bug. */
    public static Optional<Rule> ruleFor(Throwable failure) {
        if (StorageFull.causes(failure)) {
            return Optional.of(Rule.STORAGE_FULL);
        }
        return DatabaseUnavailable.causes(failure) ? Optional.of(Rule.DATABASE_UNAVAILABLE) : Optional.empty();
    }

    /** Seconds to wait: a full disk waits for a person to free space, an outage for a database restart. */
    public static int retryAfterSeconds(Rule rule) {
        return rule == Rule.STORAGE_FULL ? StorageFull.RETRY_AFTER_SECONDS : DatabaseUnavailable.RETRY_AFTER_SECONDS;
    }

    public static void answer(HttpServletRequest request, HttpServletResponse response, String requestUri, Rule rule)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds(rule)));
        if (PageRequest.wanted(request, requestUri)) {
            response.setContentType("text/html;charset=UTF-8");
            try (InputStream page = request.getServletContext().getResourceAsStream(PAGE)) {
                page.transferTo(response.getOutputStream());
            }
            return;
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(Problem.json(503, "Service unavailable", rule, rule.text())
                .getBytes(StandardCharsets.UTF_8));
    }
}
