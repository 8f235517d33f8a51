package dk.segl.certificate;

import java.security.cert.X509Certificate;
import java.util.List;

/** A freshly issued certificate and the chain above it (issuing CA, root CA). */
public record IssuedCertificate(X509Certificate certificate, List<X509Certificate> chain) {
}
