package dk.segl.web.relying;

import dk.segl.error.Rule;
import dk.segl.web.api.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** How the relying-party endpoints answer: binary bodies, or a problem for an unknown name. */
final class RelyingPartyAnswers {

    private RelyingPartyAnswers() {
    }

    static void send(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static void notFound(HttpServletResponse response) throws IOException {
        problem(response, HttpServletResponse.SC_NOT_FOUND, "Not found", Rule.NOT_FOUND,
                "Known here: /ca/root.cer, /ca/issuing.cer, /crl/root.crl, /crl/issuing.crl, /crl/issuing-delta.crl");
    }

    /**
     * Relying parties only read: GET and HEAD are served, every other method is a 405 naming the
     * allowed ones (the servlet default would answer an HTML page).
     */
    static boolean readOnly(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return true;
        }
        response.setHeader("Allow", "GET, HEAD");
        problem(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method Not Allowed", Rule.METHOD_NOT_ALLOWED,
                Rule.METHOD_NOT_ALLOWED.text());
        return false;
    }

    static void problem(HttpServletResponse response, int status, String title, Rule rule, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(Problem.json(status, title, rule, detail).getBytes(StandardCharsets.UTF_8));
    }
}
