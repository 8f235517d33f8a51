package dk.segl.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Real DER certificates and CRLs for directory entries, signed by one test key: OpenLDAP checks
 * their syntax, and a DER value is not text, which is how a directory client must treat it.
 */
final class TestCertificates {

    private static final X500Name ISSUER = new X500Name("CN=Segl Issuing CA 1,C=DK");
    private static final KeyPair KEY = key();

    private TestCertificates() {
    }

    static byte[] certificate(long serial) {
        Date now = new Date();
        try {
            return new JcaX509v3CertificateBuilder(ISSUER, BigInteger.valueOf(serial), now,
                    new Date(now.getTime() + 86_400_000L), ISSUER, KEY.getPublic()).build(signer()).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] crl(long number) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(ISSUER, new Date());
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)));
            return builder.build(signer()).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ContentSigner signer() {
        try {
            return new JcaContentSignerBuilder("SHA256withECDSA").build(KEY.getPrivate());
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair key() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
