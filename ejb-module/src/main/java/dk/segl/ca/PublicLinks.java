package dk.segl.ca;

import java.net.URI;
import java.util.Objects;

/**
 * The public addresses certificates point to (CA certificates, CRLs, OCSP), all under one base
 * URL. Certificates carry these for their whole life, so the layout is fixed here in one place.
 */
public final class PublicLinks {

    private final String base;

    public PublicLinks(URI publicBaseUrl) {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        String scheme = publicBaseUrl.getScheme();
        if (!publicBaseUrl.isAbsolute() || publicBaseUrl.getHost() == null
                || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new IllegalArgumentException("public base URL must be an absolute http(s) URL: " + publicBaseUrl);
        }
        // IA5String in certificates: only ASCII survives, so convert any IRI characters now.
        String ascii = publicBaseUrl.toASCIIString();
        this.base = ascii.endsWith("/") ? ascii.substring(0, ascii.length() - 1) : ascii;
    }

    public String rootCertificate() {
        return base + "/ca/root.cer";
    }

    public String issuingCertificate() {
        return base + "/ca/issuing.cer";
    }

    public String rootCrl() {
        return base + "/crl/root.crl";
    }

    public String issuingCrl() {
        return base + "/crl/issuing.crl";
    }

    public String issuingDeltaCrl() {
        return base + "/crl/issuing-delta.crl";
    }

    public String ocsp() {
        return base + "/ocsp";
    }
}
