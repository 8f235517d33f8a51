package dk.segl.ca;

import dk.segl.error.Rule;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Optional;
import dk.segl.holder.HolderId;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * Approves a PKCS#10 request's key. Only the key is taken from a CSR: the subject and any
 * requested extensions are the profile's to decide, so they are ignored.
 *
 * <p>The checks run cheapest first, so that nothing an attacker sends reaches the expensive
 * arithmetic unchecked: input size and shape, then the key (size from the modulus's length,
 * exponent, curve, point), then the signature algorithm by its identifier, and only then is the
 * key built and the signature verified.
 */
public final class CsrPolicy {

    /** An RSA 8192 CSR is about 2.5 KiB of DER; this leaves room for attributes and PEM, not for an attack. */
    public static final int MAX_BYTES = 64 * 1024;

    private CsrPolicy() {
    }

    public static PublicKey approve(byte[] pemOrDer) {
        return approve(CsrEncoding.decode(pemOrDer));
    }

    /**
     * EST names the holder in the CSR: the subject's {@code serialNumber} (UI:DK-E:G:&lt;user id&gt;) is
     * the one value read from it, to find the order; the certificate still takes every value from
     * Segl's own data. Empty when the CSR names no holder that way.
     */
    public static NamedKey approveNamed(byte[] pemOrDer) {
        CertificationRequest csr = CsrEncoding.decode(pemOrDer);
        PublicKey key = approve(csr);
        RDN[] serials = csr.getCertificationRequestInfo().getSubject().getRDNs(BCStyle.SERIALNUMBER);
        Optional<HolderId> holder = serials.length == 1 && !serials[0].isMultiValued()
                ? HolderId.parse(IETFUtils.valueToString(serials[0].getFirst().getValue())) : Optional.empty();
        return new NamedKey(key, holder);
    }

    /** A CSR's approved key and the holder its subject names, if any. */
    public record NamedKey(PublicKey key, Optional<HolderId> holder) {
    }

    private static PublicKey approve(CertificationRequest csr) {
        SubjectPublicKeyInfo key = csr.getCertificationRequestInfo().getSubjectPublicKeyInfo();
        KeyPolicy.check(key);
        CsrSignatureAlgorithm.requireAllowed(csr.getSignatureAlgorithm(), key.getAlgorithm().getAlgorithm());
        PKCS10CertificationRequest request = new PKCS10CertificationRequest(csr);
        PublicKey publicKey = publicKey(request);
        requireValidSignature(request, publicKey);
        return publicKey;
    }

    private static PublicKey publicKey(PKCS10CertificationRequest csr) {
        try {
            return new JcaPKCS10CertificationRequest(csr).setProvider(BouncyCastle.PROVIDER).getPublicKey();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw Rule.CSR_MALFORMED.refusal("the CSR's key cannot be read");
        }
    }

    private static void requireValidSignature(PKCS10CertificationRequest csr, PublicKey key) {
        boolean valid;
        try {
            valid = csr.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER).build(key));
        } catch (OperatorCreationException | PKCSException | RuntimeException e) {
            valid = false;
        }
        if (!valid) {
            throw Rule.CSR_SIGNATURE_INVALID.refusal("the CSR's signature does not verify");
        }
    }
}
