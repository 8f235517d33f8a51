package dk.segl.web.relying;

import dk.segl.error.Rule;
import dk.segl.web.api.Problem;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The container's error pages, as problem+json: unknown addresses and failures outside JAX-RS. */
@WebServlet("/errors/*")
public class ErrorServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean notFound = "/404".equals(request.getPathInfo());
        int status = notFound ? 404 : 500;
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write((notFound
                ? Problem.json(404, "Not found", Rule.NOT_FOUND, "There is nothing at this address")
                : Problem.json(500, "Internal error", Rule.INTERNAL_ERROR, Rule.INTERNAL_ERROR.text()))
                .getBytes(StandardCharsets.UTF_8));
    }
}
