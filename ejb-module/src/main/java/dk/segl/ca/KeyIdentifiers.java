package dk.segl.ca;

import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/** Subject and authority key identifiers, so a certificate's AKI always matches its issuer's SKI. */
public final class KeyIdentifiers {

    private KeyIdentifiers() {
    }

    /** RFC 5280 method 1: SHA-1 of the subjectPublicKey bits. */
    public static SubjectKeyIdentifier subject(PublicKey key) {
        return extensionUtils().createSubjectKeyIdentifier(key);
    }

    /**
     * The issuer's own SKI when it has one (it may have been computed another way by another
     * CA), otherwise one computed from its key. Key identifier only: naming the issuer's issuer
     * and serial would tie the AKI to one particular certificate of the CA key.
     */
    public static AuthorityKeyIdentifier authority(X509Certificate issuer) {
        byte[] extension = issuer.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (extension == null) {
            return new AuthorityKeyIdentifier(subject(issuer.getPublicKey()).getKeyIdentifier());
        }
        try {
            ASN1OctetString keyId = ASN1OctetString.getInstance(
                    JcaX509ExtensionUtils.parseExtensionValue(extension));
            return new AuthorityKeyIdentifier(keyId.getOctets());
        } catch (IOException e) {
            throw new IllegalArgumentException("issuer certificate has an unreadable SKI", e);
        }
    }

    private static JcaX509ExtensionUtils extensionUtils() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required for key identifiers", e);
        }
    }
}
