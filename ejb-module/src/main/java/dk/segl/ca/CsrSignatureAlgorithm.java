package dk.segl.ca;

import dk.segl.error.DomainException;
import java.math.BigInteger;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Which signatures a CSR may carry, read from its AlgorithmIdentifier before anything is
 * verified: SHA-256, SHA-384 or SHA-512 with RSA PKCS#1 v1.5 or RSASSA-PSS (MGF1 with the same
 * hash) for an RSA key, or with ECDSA for an EC key. MD5, SHA-1, SHA-224, SHA-3 and every other
 * algorithm are refused.
 */
final class CsrSignatureAlgorithm {

    private static final Set<ASN1ObjectIdentifier> RSA_PKCS1 = Set.of(PKCSObjectIdentifiers.sha256WithRSAEncryption,
            PKCSObjectIdentifiers.sha384WithRSAEncryption, PKCSObjectIdentifiers.sha512WithRSAEncryption);
    private static final Set<ASN1ObjectIdentifier> ECDSA = Set.of(X9ObjectIdentifiers.ecdsa_with_SHA256,
            X9ObjectIdentifiers.ecdsa_with_SHA384, X9ObjectIdentifiers.ecdsa_with_SHA512);
    private static final Set<ASN1ObjectIdentifier> HASHES = Set.of(NISTObjectIdentifiers.id_sha256,
            NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);

    /** The verifier allocates the salt's length up front: no 8192-bit key's PSS salt can be longer than its modulus. */
    private static final BigInteger MAX_SALT_OCTETS = BigInteger.valueOf(RsaKeyPolicy.MAXIMUM_BITS / 8);

    private CsrSignatureAlgorithm() {
    }

    /** {@code keyAlgorithm} has passed {@link KeyPolicy}: rsaEncryption or id-ecPublicKey. */
    static void requireAllowed(AlgorithmIdentifier signature, ASN1ObjectIdentifier keyAlgorithm) {
        boolean rsaKey = PKCSObjectIdentifiers.rsaEncryption.equals(keyAlgorithm);
        ASN1ObjectIdentifier algorithm = signature.getAlgorithm();
        boolean allowed = rsaKey
                ? RSA_PKCS1.contains(algorithm) && absentOrNull(signature.getParameters()) || isAllowedPss(signature)
                : ECDSA.contains(algorithm) && absentOrNull(signature.getParameters());
        if (!allowed) {
            throw DomainException.badInput("csr-signature-algorithm", "the CSR is signed with " + algorithm.getId()
                    + "; accepted: SHA-256/384/512 with " + (rsaKey ? "RSA PKCS#1 v1.5 or RSASSA-PSS" : "ECDSA"));
        }
    }

    private static boolean isAllowedPss(AlgorithmIdentifier signature) {
        if (!PKCSObjectIdentifiers.id_RSASSA_PSS.equals(signature.getAlgorithm())) {
            return false;
        }
        try {
            RSASSAPSSparams pss = RSASSAPSSparams.getInstance(signature.getParameters());
            AlgorithmIdentifier hash = pss.getHashAlgorithm();
            AlgorithmIdentifier mgf = pss.getMaskGenAlgorithm();
            AlgorithmIdentifier mgfHash = AlgorithmIdentifier.getInstance(mgf.getParameters());
            return HASHES.contains(hash.getAlgorithm()) && absentOrNull(hash.getParameters())
                    && PKCSObjectIdentifiers.id_mgf1.equals(mgf.getAlgorithm())
                    && hash.getAlgorithm().equals(mgfHash.getAlgorithm()) && absentOrNull(mgfHash.getParameters())
                    && pss.getSaltLength().signum() >= 0 && pss.getSaltLength().compareTo(MAX_SALT_OCTETS) <= 0
                    && BigInteger.ONE.equals(pss.getTrailerField());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean absentOrNull(ASN1Encodable parameters) {
        return parameters == null || DERNull.INSTANCE.equals(parameters);
    }
}
