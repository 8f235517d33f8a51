package dk.segl.ca;

import dk.segl.error.Rule;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/** Which subject keys Segl certifies: RSA of at least 3072 bits, or EC on P-256 or P-384. */
public final class KeyPolicy {

    static final int MINIMUM_RSA_BITS = 3072;

    private static final Set<ASN1ObjectIdentifier> ALLOWED_CURVES =
            Set.of(SECObjectIdentifiers.secp256r1, SECObjectIdentifiers.secp384r1);

    private KeyPolicy() {
    }

    public static void check(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            int bits = rsa.getModulus().bitLength();
            if (bits < MINIMUM_RSA_BITS) {
                throw Rule.CSR_KEY_TOO_WEAK.refusal("RSA key of " + bits + " bits; at least " + MINIMUM_RSA_BITS + " required");
            }
        } else if (key instanceof ECPublicKey) {
            checkCurve(key);
        } else {
            throw Rule.CSR_KEY_ALGORITHM.refusal("key algorithm " + key.getAlgorithm() + " is not accepted; use RSA or EC");
        }
    }

    /**
     * Reads the curve from the encoded key rather than the provider's parameter objects, which
     * differ between providers. Explicit parameters are refused even when they spell out P-256:
     * they are how forged curves get past naive checks.
     */
    private static void checkCurve(PublicKey key) {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
        ASN1Primitive parameters = info.getAlgorithm().getParameters() == null
                ? null : info.getAlgorithm().getParameters().toASN1Primitive();
        if (!(parameters instanceof ASN1ObjectIdentifier curve) || !ALLOWED_CURVES.contains(curve)) {
            throw Rule.CSR_KEY_TOO_WEAK.refusal("EC key must be on P-256 or P-384, not " + parameters);
        }
    }
}
