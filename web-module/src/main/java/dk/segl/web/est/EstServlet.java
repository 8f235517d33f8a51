package dk.segl.web.est;

import dk.segl.ca.CertificateAuthority;
import dk.segl.ca.CertificateFormats;
import dk.segl.ca.CsrAttributes;
import dk.segl.ca.CsrPolicy;
import dk.segl.certificate.IssuanceService;
import dk.segl.error.DomainException;
import dk.segl.error.ErrorKind;
import dk.segl.error.Rule;
import dk.segl.web.api.Problem;
import dk.segl.web.api.ProblemMappers;
import dk.segl.web.security.IdmSystemLogin;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The EST operations: {@code cacerts} and {@code csrattrs} for anyone, {@code simpleenroll} for an
 * IdM system (TLS client certificate or HTTP Basic), {@code simplereenroll} for the holder of a
 * current certificate (TLS with that certificate) or the IdM system, and {@code serverkeygen}
 * (Segl makes the key) for the IdM system. Bodies are base64 DER both ways, read with or
 * without line breaks (RFC 8951 §3.2); every refusal is a problem body naming its rule.
 */
@WebServlet("/.well-known/est/*")
public class EstServlet extends HttpServlet {

    static final String CERTS_ONLY = "application/pkcs7-mime; smime-type=certs-only";
    static final String CSRATTRS = "application/csrattrs";
    static final String PKCS10 = "application/pkcs10";
    static final String PKCS8 = "application/pkcs8";

    /** {@code /operation} or {@code /label/operation}; a label is what RFC 7030 §3.2.2 allows in a path segment. */
    private static final Pattern PATH = Pattern.compile("/(?:[A-Za-z0-9_.~-]{1,64}/)?([a-z]+)");
    /** Base64 of the largest CSR Segl accepts, with a line break every 64 characters and then some. */
    private static final int MAX_BODY = CsrPolicy.MAX_BYTES * 3;

    @EJB
    CertificateAuthority ca;

    @EJB
    IssuanceService issuance;

    @Inject
    IdmSystemLogin logins;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (!request.isSecure()) {
                throw Rule.EST_HTTPS_REQUIRED.refusal();
            }
            Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
            String operation = path.matches() ? path.group(1) : "";
            boolean get = request.getMethod().equals("GET");
            switch (operation) {
                case "cacerts" -> {
                    requireMethod(get);
                    base64(response, CERTS_ONLY, CertificateFormats.pkcs7(ca.chain()));
                }
                case "csrattrs" -> {
                    requireMethod(get);
                    base64(response, CSRATTRS, CsrAttributes.der());
                }
                case "simpleenroll" -> {
                    requireMethod(request.getMethod().equals("POST"));
                    // The body is read before answering a missing login: a client that sent it reads the 401 cleanly.
                    byte[] body = body(request);
                    var system = logins.authenticate(request);
                    var issued = issuance.enrolOverEst(system, base64(body));
                    base64(response, CERTS_ONLY, CertificateFormats.pkcs7(List.of(issued.certificate())));
                }
                case "simplereenroll" -> {
                    requireMethod(request.getMethod().equals("POST"));
                    byte[] body = body(request);
                    // The holder's own current certificate over TLS, or else the IdM system (certificate or Basic).
                    Optional<X509Certificate> presented = IdmSystemLogin.clientCertificate(request);
                    var issued = presented.isPresent() && !logins.presentsSystemCertificate(request)
                            ? issuance.reenrolAsHolder(presented.get(), base64(body))
                            : issuance.reenrolForUser(logins.authenticate(request), base64(body));
                    base64(response, CERTS_ONLY, CertificateFormats.pkcs7(List.of(issued.certificate())));
                }
                case "serverkeygen" -> {
                    requireMethod(request.getMethod().equals("POST"));
                    byte[] body = body(request);
                    var generated = issuance.enrolWithServerKey(logins.authenticate(request), base64(body));
                    keyAndCertificate(response, generated.key().getEncoded(),
                            CertificateFormats.pkcs7(List.of(generated.certificate())));
                }
                default -> throw DomainException.notFound("EST operation " + operation);
            }
        } catch (DomainException e) {
            refuse(response, e);
        } catch (EJBException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DomainException domain) {
                    refuse(response, domain);
                    return;
                }
            }
            throw e;
        }
    }

    private static void requireMethod(boolean allowed) {
        if (!allowed) {
            throw Rule.METHOD_NOT_ALLOWED.refusal();
        }
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type != null && !type.split(";")[0].strip().toLowerCase(Locale.ROOT).equals(PKCS10)) {
            throw Rule.CSR_CONTENT_TYPE.refusal("Send the CSR as Content-Type application/pkcs10, base64-encoded DER");
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw Rule.CSR_TOO_LARGE.refusal("A CSR is at most " + CsrPolicy.MAX_BYTES + " bytes");
        }
        return body;
    }

    /** The CSR: base64 DER, line breaks and other white space ignored. */
    private static byte[] base64(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1).replaceAll("[\\s]+", "");
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw Rule.EST_BASE64.refusal();
        }
    }

    private static void base64(HttpServletResponse response, String contentType, byte[] der) throws IOException {
        response.setContentType(contentType);
        // RFC 8951 §3.2.2: clients ignore it, older ones expect it.
        response.setHeader("Content-Transfer-Encoding", "base64");
        byte[] text = Base64.getMimeEncoder(64, new byte[] {'\n'}).encode(der);
        response.setContentLength(text.length + 1);
        response.getOutputStream().write(text);
        response.getOutputStream().write('\n');
    }

    /**
     * serverkeygen's answer (RFC 7030 §4.4.2): multipart/mixed with the PKCS#8 private key, then the
     * certificate; not to be cached anywhere, as the key exists nowhere else.
     */
    private static void keyAndCertificate(HttpServletResponse response, byte[] pkcs8, byte[] certsOnly)
            throws IOException {
        String boundary = "segl-est-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        for (String[] part : new String[][] {{PKCS8, encode(pkcs8)}, {CERTS_ONLY, encode(certsOnly)}}) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Type: ").append(part[0]).append("\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n\r\n")
                    .append(part[1]).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        byte[] bytes = body.toString().getBytes(StandardCharsets.US_ASCII);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("multipart/mixed; boundary=" + boundary);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String encode(byte[] der) {
        return Base64.getMimeEncoder(64, new byte[] {'\r', '\n'}).encodeToString(der);
    }

    private static void refuse(HttpServletResponse response, DomainException e) throws IOException {
        ErrorKind kind = e.kind();
        int status = e.rule() == Rule.METHOD_NOT_ALLOWED ? 405 : ProblemMappers.status(kind);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Segl EST\", charset=\"UTF-8\"");
        }
        response.setStatus(status);
        if (e.rule() == Rule.LOGIN_REQUIRED) {
            // The challenge to a request without credentials has no body: EST clients (Bouncy Castle's)
            // close it unread and answer it, and fail on a body they did not expect.
            response.setContentLength(0);
            return;
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Problem.json(status, ProblemMappers.title(kind), e.rule(), e.detail()));
    }
}
