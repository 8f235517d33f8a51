package dk.segl.ocsp;

import dk.segl.ca.BouncyCastle;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.ocsp.CertificateID;

/**
 * How a CertID names one CA (RFC 6960 §4.1.1): the hash of its subject name and of its public
 * key's bits, with SHA-1 (what RFC 5019 clients and openssl send by default) or SHA-256. Computed
 * once, so matching a request costs two comparisons.
 */
final class IssuerHashes {

    private record Hashes(byte[] name, byte[] key) {
    }

    private final Map<ASN1ObjectIdentifier, Hashes> byAlgorithm;

    IssuerHashes(X509Certificate ca) {
        byte[] name = ca.getSubjectX500Principal().getEncoded();
        byte[] key = SubjectPublicKeyInfo.getInstance(ca.getPublicKey().getEncoded()).getPublicKeyData().getBytes();
        byAlgorithm = Map.of(
                OIWObjectIdentifiers.idSHA1, hashes("SHA-1", name, key),
                NISTObjectIdentifiers.id_sha256, hashes("SHA-256", name, key));
    }

    /** Whether {@code id} names this CA as the issuer; false for any hash algorithm but SHA-1 and SHA-256. */
    boolean issuerOf(CertificateID id) {
        Hashes hashes = byAlgorithm.get(id.getHashAlgOID());
        return hashes != null && MessageDigest.isEqual(hashes.name(), id.getIssuerNameHash())
                && MessageDigest.isEqual(hashes.key(), id.getIssuerKeyHash());
    }

    private static Hashes hashes(String algorithm, byte[] name, byte[] key) {
        try {
            return new Hashes(MessageDigest.getInstance(algorithm, BouncyCastle.PROVIDER).digest(name),
                    MessageDigest.getInstance(algorithm, BouncyCastle.PROVIDER).digest(key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is required for OCSP", e);
        }
    }
}
