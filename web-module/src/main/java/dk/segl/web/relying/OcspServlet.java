package dk.segl.web.relying;

import dk.segl.error.Rule;
import dk.segl.ocsp.OcspAnswer;
import dk.segl.ocsp.OcspService;
import dk.segl.ocsp.OcspSettings;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * The OCSP responder over HTTP (RFC 6960 appendix A, RFC 5019 §5): {@code POST /ocsp} with an
 * {@code application/ocsp-request} body, or {@code GET /ocsp/<url-encoded base64 of the DER>}.
 * Every request that reaches the responder is answered 200 with an OCSP response, errors such as
 * malformedRequest included, as the protocol says; only what is not an OCSP request at all (a
 * body too large, another content type, another method) gets a problem.
 */
@WebServlet(urlPatterns = {"/ocsp", "/ocsp/*"})
public class OcspServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** A request for a hundred certificates with a signature and its chain fits many times over. */
    static final int MAX_REQUEST_BYTES = 64 * 1024;
    private static final String REQUEST_TYPE = "application/ocsp-request";
    private static final String RESPONSE_TYPE = "application/ocsp-response";

    @EJB
    OcspService ocsp;

    @Inject
    OcspSettings settings;

    @Inject
    Clock clock;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getMethod()) {
            case "GET", "HEAD" -> get(request, response);
            case "POST" -> post(request, response);
            default -> {
                response.setHeader("Allow", "GET, HEAD, POST");
                RelyingPartyAnswers.problem(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method Not Allowed",
                        Rule.METHOD_NOT_ALLOWED, Rule.METHOD_NOT_ALLOWED.text());
            }
        }
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals(REQUEST_TYPE)) {
            RelyingPartyAnswers.problem(response, 415, "Unsupported Media Type", Rule.UNSUPPORTED_MEDIA_TYPE,
                    "Send the OCSP request as Content-Type " + REQUEST_TYPE);
            return;
        }
        byte[] body = request.getContentLengthLong() > MAX_REQUEST_BYTES ? null
                : request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        if (body == null || body.length > MAX_REQUEST_BYTES) {
            RelyingPartyAnswers.problem(response, 413, "Content too large", Rule.BODY_TOO_LARGE,
                    "An OCSP request may have at most " + MAX_REQUEST_BYTES + " bytes");
            return;
        }
        send(response, ocsp.answer(body), false);
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(response, ocsp.answer(inPath(request)), true);
    }

    /**
     * The request in the path, read from the raw path, not the decoded path info: base64 has '/'
     * and '+', which clients send both encoded and bare, and '+' must stay '+', not become a space.
     * Nothing (a malformed request) when the path holds no base64.
     */
    private static byte[] inPath(HttpServletRequest request) {
        String prefix = request.getContextPath() + "/ocsp/";
        String uri = request.getRequestURI();
        if (!uri.startsWith(prefix) || uri.length() - prefix.length() > 2 * MAX_REQUEST_BYTES) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(URLDecoder.decode(uri.substring(prefix.length()).replace("+", "%2B"),
                    StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /**
     * RFC 5019 §6.2: a GET answer about one certificate without a nonce may be kept by HTTP caches
     * until its nextUpdate, here for at most {@code segl.ocsp.max-age}; every other answer is not kept.
     */
    private void send(HttpServletResponse response, OcspAnswer answer, boolean get) throws IOException {
        if (get) {
            answer.cacheable().ifPresentOrElse(freshness -> {
                Instant now = clock.instant();
                Duration left = Duration.between(now, freshness.nextUpdate());
                long maxAge = Math.max(0, Math.min(left.getSeconds(), settings.maxAge().getSeconds()));
                response.setHeader("Cache-Control", "max-age=" + maxAge + ", public, no-transform, must-revalidate");
                response.setHeader("ETag", "\"" + freshness.etag() + "\"");
                response.setDateHeader("Last-Modified", freshness.producedAt().toEpochMilli());
                response.setDateHeader("Expires", now.plusSeconds(maxAge).toEpochMilli());
            }, () -> response.setHeader("Cache-Control", "no-store"));
        }
        RelyingPartyAnswers.send(response, RESPONSE_TYPE, answer.der());
    }
}
