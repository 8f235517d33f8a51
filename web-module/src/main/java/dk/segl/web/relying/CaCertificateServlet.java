package dk.segl.web.relying;

import dk.segl.ca.CertificateAuthority;
import dk.segl.ca.CertificateFormats;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.X509Certificate;

/**
 * The CA certificates for relying parties, DER, no login: /ca/root.cer and /ca/issuing.cer. They
 * live for years and change only when an operator replaces one (a restart), so caches keep them a day.
 */
@WebServlet("/ca/*")
public class CaCertificateServlet extends HttpServlet {

    static final long CACHE_SECONDS = 86_400;

    @EJB
    CertificateAuthority ca;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (RelyingPartyAnswers.readOnly(request, response)) {
            super.service(request, response);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        X509Certificate certificate = switch (String.valueOf(request.getPathInfo())) {
            case "/root.cer" -> ca.rootCertificate();
            case "/issuing.cer" -> ca.issuingCertificate();
            default -> null;
        };
        if (certificate == null) {
            RelyingPartyAnswers.notFound(response);
            return;
        }
        response.setHeader("Cache-Control", "public, max-age=" + CACHE_SECONDS);
        RelyingPartyAnswers.send(response, "application/pkix-cert", CertificateFormats.der(certificate));
    }
}
