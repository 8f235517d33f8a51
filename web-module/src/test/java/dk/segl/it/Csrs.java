package dk.segl.it;

import java.io.StringWriter;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** CSRs as a user's hardware would make them, good and bad. */
public final class Csrs {

    private Csrs() {
    }

    public static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static KeyPair ec(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static byte[] der(KeyPair keys) {
        try {
            String algorithm = keys.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            PKCS10CertificationRequest csr = new JcaPKCS10CertificationRequestBuilder(
                    new X500Principal("CN=hardware token"), keys.getPublic())
                    .build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate()));
            return csr.getEncoded();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static String pem(KeyPair keys) {
        try {
            StringWriter out = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
                writer.writeObject(new PKCS10CertificationRequest(der(keys)));
            }
            return out.toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A CSR as an IdM system sends over EST: its subject names the user the certificate is for. */
    public static PKCS10CertificationRequest naming(String userId, KeyPair key) {
        try {
            return new JcaPKCS10CertificationRequestBuilder(new X500Name("SERIALNUMBER=UI:DK-E:G:" + userId
                    + ",CN=whatever"), key.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA")
                    .build(key.getPrivate()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A CSR whose signature no longer matches its content. */
    public static byte[] tampered(KeyPair keys) {
        byte[] der = der(keys);
        der[der.length - 10] ^= 0x55;
        return der;
    }
}
