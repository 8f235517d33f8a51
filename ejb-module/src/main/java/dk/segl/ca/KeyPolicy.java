package dk.segl.ca;

import dk.segl.error.DomainException;
import java.security.PublicKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Which subject keys Segl certifies: RSA (rsaEncryption) of 3072–8192 bits with exponent 65537,
 * or EC on the named curves P-256 and P-384. The registration authority (through
 * {@link CsrPolicy}) and the profile run this same code. It reads the encoded
 * SubjectPublicKeyInfo, never a provider's key object, so every check is done before the key
 * is built and before any signature is verified with it.
 *
 * <p>A key marked id-RSASSA-PSS is refused: it may only sign, so it could not carry the
 * keyEncipherment every RSA user certificate has, and S/MIME and TLS clients handle such
 * certificates unevenly. The same RSA key as rsaEncryption may still sign its CSR with PSS.
 */
public final class KeyPolicy {

    private KeyPolicy() {
    }

    public static void check(PublicKey key) {
        check(SubjectPublicKeyInfo.getInstance(key.getEncoded()));
    }

    public static void check(SubjectPublicKeyInfo key) {
        ASN1ObjectIdentifier algorithm = key.getAlgorithm().getAlgorithm();
        if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
            RsaKeyPolicy.check(key);
        } else if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
            EcKeyPolicy.check(key);
        } else if (PKCSObjectIdentifiers.id_RSASSA_PSS.equals(algorithm)) {
            throw DomainException.badInput("csr-key-algorithm",
                    "an RSA key restricted to RSASSA-PSS is not certified; send the same key as a plain RSA key"
                    + " (rsaEncryption), its CSR may still be signed with PSS");
        } else {
            throw DomainException.badInput("csr-key-algorithm",
                    "key algorithm " + algorithm.getId() + " is not accepted; use RSA or EC (P-256, P-384)");
        }
    }
}
