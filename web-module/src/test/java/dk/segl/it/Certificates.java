package dk.segl.it;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/** Parses what Segl hands out, with the JDK, as a relying party would. */
public final class Certificates {

    private Certificates() {
    }

    public static X509Certificate certificate(byte[] derOrPem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(derOrPem));
        } catch (Exception e) {
            throw new AssertionError("Not a certificate", e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<X509Certificate> chain(byte[] pem) {
        try {
            return (List<X509Certificate>) (List<?>) List.copyOf(CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem)));
        } catch (Exception e) {
            throw new AssertionError("Not a certificate chain", e);
        }
    }

    public static X509CRL crl(byte[] der) {
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        } catch (Exception e) {
            throw new AssertionError("Not a CRL", e);
        }
    }
}
