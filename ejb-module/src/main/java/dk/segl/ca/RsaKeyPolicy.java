package dk.segl.ca;

import dk.segl.error.DomainException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/** The RSA half of {@link KeyPolicy}: size first, from the modulus's length alone, then exponent, then the modulus itself. */
final class RsaKeyPolicy {

    static final int MINIMUM_BITS = 3072;
    static final int MAXIMUM_BITS = 8192;
    static final BigInteger EXPONENT = BigInteger.valueOf(65537);

    /** As Boulder's goodkey: a modulus sharing a factor with the primes below 752 is not the product of two large primes. */
    private static final BigInteger SMALL_PRIMES = smallPrimesBelow(752);

    private RsaKeyPolicy() {
    }

    static void check(SubjectPublicKeyInfo key) {
        ASN1Sequence rsa = parse(key);
        // Read as signed INTEGERs: Bouncy Castle's RSAPublicKey would read a negative modulus as a positive one.
        BigInteger modulus = ASN1Integer.getInstance(rsa.getObjectAt(0)).getValue();
        BigInteger exponent = ASN1Integer.getInstance(rsa.getObjectAt(1)).getValue();
        int bits = modulus.bitLength();
        if (bits < MINIMUM_BITS || bits > MAXIMUM_BITS) {
            throw DomainException.badInput("csr-key-size",
                    "RSA key of " + bits + " bits; " + MINIMUM_BITS + " to " + MAXIMUM_BITS + " bits are accepted");
        }
        if (!EXPONENT.equals(exponent)) {
            throw DomainException.badInput("csr-key-exponent", "the RSA public exponent must be 65537");
        }
        if (modulus.signum() <= 0 || !modulus.gcd(SMALL_PRIMES).equals(BigInteger.ONE)) {
            throw DomainException.badInput("csr-key-modulus",
                    "the RSA modulus is not a positive product of large primes (it is negative or has a small factor)");
        }
    }

    /** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } (RFC 8017). */
    private static ASN1Sequence parse(SubjectPublicKeyInfo key) {
        ASN1Encodable parameters = key.getAlgorithm().getParameters();
        try {
            if (parameters != null && !DERNull.INSTANCE.equals(parameters)) {
                throw new IllegalArgumentException("rsaEncryption takes NULL parameters");
            }
            ASN1Sequence rsa = ASN1Sequence.getInstance(DerShape.parse(key.getPublicKeyData().getOctets()));
            if (rsa.size() != 2) {
                throw new IllegalArgumentException("an RSA key has two integers");
            }
            ASN1Integer.getInstance(rsa.getObjectAt(0));
            ASN1Integer.getInstance(rsa.getObjectAt(1));
            return rsa;
        } catch (RuntimeException e) {
            throw DomainException.badInput("csr-malformed", "the RSA key is not encoded as RFC 8017 says");
        }
    }

    private static BigInteger smallPrimesBelow(int bound) {
        BigInteger product = BigInteger.ONE;
        for (BigInteger p = BigInteger.TWO; p.intValue() < bound; p = p.nextProbablePrime()) {
            product = product.multiply(p);
        }
        return product;
    }
}
