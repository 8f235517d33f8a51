package dk.segl.ocsp;

import dk.segl.ca.CaLevel;
import dk.segl.ca.DerShape;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPRequest;
import org.bouncycastle.asn1.ocsp.OCSPResponseStatus;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.Req;

/**
 * An OCSP request as Segl can answer it: the certificates asked about, all from one of Segl's
 * CAs, and the nonce to echo, if any. Anything else is {@link Unanswerable} with the OCSP error
 * status that says why.
 */
record StatusRequest(CaLevel level, List<CertificateID> ids, Optional<Extension> nonce) {

    /** RFC 5019 clients ask for one; a bound keeps one request from costing a thousand lookups. */
    static final int MAX_CERTIFICATES = 100;
    /** RFC 8954 §2.1: a responder may ignore nonces longer than 32 octets (or empty). */
    static final int MAX_NONCE_OCTETS = 32;

    /** One certificate and no nonce: the answer may come from the cache and be cached by HTTP. */
    boolean cacheable() {
        return ids.size() == 1 && nonce.isEmpty();
    }

    /**
     * Reads {@code der}. Not one well-formed OCSPRequest with 1 to {@value #MAX_CERTIFICATES}
     * certificates and no critical extension but the nonce is malformedRequest. A CertID that
     * names no Segl CA, or CertIDs naming both, are unauthorized (RFC 6960 §2.3, RFC 5019 §2.2.3:
     * the responder cannot answer authoritatively): "unknown" would need a signature from a
     * responder that CA authorised, which Segl does not have, so a client could not verify it.
     */
    static StatusRequest read(byte[] der, Map<CaLevel, IssuerHashes> issuers) throws Unanswerable {
        OCSPReq request;
        List<CertificateID> ids;
        Set<?> critical;
        try {
            request = new OCSPReq(OCSPRequest.getInstance(DerShape.parse(der)));
            ids = Arrays.stream(request.getRequestList()).map(Req::getCertID).toList();
            // Reads every serial now: a broken INTEGER is a malformed request here, not an error later.
            ids.forEach(id -> id.getSerialNumber().signum());
            critical = request.getCriticalExtensionOIDs();
        } catch (RuntimeException e) {
            // Whatever Bouncy Castle throws while reading client bytes means they were not an OCSPRequest.
            throw new Unanswerable(OCSPResponseStatus.MALFORMED_REQUEST);
        }
        if (ids.isEmpty() || ids.size() > MAX_CERTIFICATES
                || !critical.stream().allMatch(OCSPObjectIdentifiers.id_pkix_ocsp_nonce::equals)) {
            throw new Unanswerable(OCSPResponseStatus.MALFORMED_REQUEST);
        }
        CaLevel level = levelOf(ids.get(0), issuers);
        if (!ids.stream().allMatch(id -> issuers.get(level).issuerOf(id))) {
            throw new Unanswerable(OCSPResponseStatus.UNAUTHORIZED);
        }
        return new StatusRequest(level, ids, nonce(request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce)));
    }

    private static CaLevel levelOf(CertificateID id, Map<CaLevel, IssuerHashes> issuers) throws Unanswerable {
        for (Map.Entry<CaLevel, IssuerHashes> issuer : issuers.entrySet()) {
            if (issuer.getValue().issuerOf(id)) {
                return issuer.getKey();
            }
        }
        throw new Unanswerable(OCSPResponseStatus.UNAUTHORIZED);
    }

    /**
     * The nonce extension to echo, unchanged, when its value is 1 to 32 octets. RFC 8954 wraps
     * the value in an OCTET STRING (openssl does); a client that sends the bare octets is measured
     * by those.
     */
    private static Optional<Extension> nonce(Extension extension) {
        if (extension == null) {
            return Optional.empty();
        }
        byte[] value = extension.getExtnValue().getOctets();
        int length;
        try {
            length = ASN1OctetString.getInstance(value).getOctets().length;
        } catch (RuntimeException e) {
            length = value.length;
        }
        return length >= 1 && length <= MAX_NONCE_OCTETS
                ? Optional.of(new Extension(extension.getExtnId(), false, extension.getExtnValue()))
                : Optional.empty();
    }

    /** A request Segl answers with an OCSP error status instead of a signed response. */
    static final class Unanswerable extends Exception {

        private static final long serialVersionUID = 1L;
        private final int status;

        Unanswerable(int status) {
            super("OCSP status " + status, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
