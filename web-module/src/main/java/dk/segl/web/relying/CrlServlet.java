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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The CRLs, DER, no login: /crl/issuing.crl, /crl/issuing-delta.crl and /crl/root.crl. The ETag
 * is the CRL number and Last-Modified its thisUpdate, so relying parties can poll cheaply with
 * conditional GET. Caches may keep a CRL until a newer one is due (Cache-Control max-age), not
 * until its nextUpdate: a cached full CRL older than the delta's base would stop the delta from
 * combining with it. A delta may be replaced by any revocation, so caches revalidate it.
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
        Optional<PublishedCrl> crl = switch (String.valueOf(request.getPathInfo())) {
            case "/root.crl" -> lists.current(CaLevel.ROOT);
            case "/issuing.crl" -> lists.current(CaLevel.ISSUING);
            case "/issuing-delta.crl" -> lists.delta();
            default -> Optional.empty();
        };
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
        long fresh = Duration.between(Instant.now(), current.freshUntil().toInstant()).toSeconds();
        response.setHeader("Cache-Control", fresh > 0 ? "public, max-age=" + fresh : "public, no-cache");
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
