package dk.segl.web.relying;

import dk.segl.error.Rule;
import dk.segl.web.api.Problem;
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
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(Problem.json(404, "Not found", Rule.NOT_FOUND,
                "Known here: /ca/root.cer, /ca/issuing.cer, /crl/root.crl, /crl/issuing.crl")
                .getBytes(StandardCharsets.UTF_8));
    }
}
