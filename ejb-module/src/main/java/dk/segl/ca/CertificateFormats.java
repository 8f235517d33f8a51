package dk.segl.ca;

import java.io.IOException;
import java.io.StringWriter;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** The encodings certificates are handed out in: DER, a PEM chain, a PKCS#7 certs-only bundle. */
public final class CertificateFormats {

    private CertificateFormats() {
    }

    public static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("An issued certificate cannot be encoded", e);
        }
    }

    public static String pem(List<X509Certificate> certificates) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            for (X509Certificate c : certificates) {
                writer.writeObject(c);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing PEM to memory failed", e);
        }
        return out.toString();
    }

    /** A degenerate (signer-less) SignedData carrying only certificates, as EST and browsers expect. */
    public static byte[] pkcs7(List<X509Certificate> certificates) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addCertificates(new JcaCertStore(certificates));
            return generator.generate(new CMSProcessableByteArray(new byte[0])).getEncoded();
        } catch (CertificateEncodingException | CMSException | IOException e) {
            throw new IllegalStateException("Encoding certificates as PKCS#7 failed", e);
        }
    }
}
