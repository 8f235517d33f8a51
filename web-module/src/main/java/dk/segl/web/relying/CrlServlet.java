package dk.segl.web.relying;

import dk.segl.ca.CaLevel;
import dk.segl.revocation.PublishedCrl;
import dk.segl.revocation.RevocationLists;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The CRLs, DER, no login: /crl/issuing.crl and /crl/root.crl. The ETag is the CRL number and
 * Last-Modified its thisUpdate, so relying parties can poll cheaply with conditional GET.
 */
@WebServlet("/crl/*")
public class CrlServlet extends HttpServlet {

    @EJB
    RevocationLists lists;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (RelyingPartyAnswers.readOnly(request, response)) {
            super.service(request, response);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CaLevel level = switch (String.valueOf(request.getPathInfo())) {
            case "/root.crl" -> CaLevel.ROOT;
            case "/issuing.crl" -> CaLevel.ISSUING;
            default -> null;
        };
        Optional<PublishedCrl> crl = level == null ? Optional.empty() : lists.current(level);
        if (crl.isEmpty()) {
            RelyingPartyAnswers.notFound(response);
            return;
        }
        PublishedCrl current = crl.get();
        String etag = "\"" + current.number() + "\"";
        long lastModified = current.thisUpdate().toInstant().toEpochMilli() / 1000 * 1000;
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", lastModified);
        response.setDateHeader("Expires", current.nextUpdate().toInstant().toEpochMilli());
        if (notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        RelyingPartyAnswers.send(response, "application/pkix-crl", current.der());
    }

    private static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*");
        }
        long since = ifModifiedSince(request);
        return since >= 0 && lastModified <= since;
    }

    /** RFC 9110, 13.1.3: a value that is not an HTTP-date is ignored, so the client gets the CRL. */
    private static long ifModifiedSince(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
