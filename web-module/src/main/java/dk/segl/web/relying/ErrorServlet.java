package dk.segl.web.relying;

import dk.segl.error.Rule;
import dk.segl.web.api.PageRequest;
import dk.segl.web.api.Problem;
import dk.segl.web.api.Unavailable;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The container's error pages: a browser asking for a page gets a page in its language with a way
 * back ({@code /error.xhtml}); programs (the API, relying parties, anything not asking for HTML)
 * get problem+json. Never a stack trace. A failure caused by a database outage, or a change refused
 * while the disk is below its reserve, is no bug: it gets {@link Unavailable}'s 503.
 */
@WebServlet("/errors/*")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String asked = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        Optional<Rule> unavailable = Unavailable.ruleFor((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        if (unavailable.isPresent()) {
            Unavailable.answer(request, response, asked, unavailable.get());
            return;
        }
        int status = switch (String.valueOf(request.getPathInfo())) {
            case "/404" -> 404;
            case "/403" -> 403;
            default -> 500;
        };
        response.setStatus(status);
        if (PageRequest.wanted(request, asked)) {
            request.getRequestDispatcher("/error.xhtml").forward(request, response);
            return;
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write((switch (status) {
            case 404 -> Problem.json(404, "Not found", Rule.NOT_FOUND, "There is nothing at this address");
            case 403 -> Problem.json(403, "Forbidden", Rule.PERMISSION_MISSING, Rule.PERMISSION_MISSING.text());
            default -> Problem.json(500, "Internal error", Rule.INTERNAL_ERROR, Rule.INTERNAL_ERROR.text());
        }).getBytes(StandardCharsets.UTF_8));
    }
}
