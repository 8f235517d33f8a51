package dk.segl.ca;

import dk.segl.error.DomainException;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECNamedCurves;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/** The EC half of {@link KeyPolicy}: a named curve Segl accepts, and a point on it. */
final class EcKeyPolicy {

    private static final Map<ASN1ObjectIdentifier, ECCurve> CURVES = Map.of(
            SECObjectIdentifiers.secp256r1, SECNamedCurves.getByOID(SECObjectIdentifiers.secp256r1).getCurve(),
            SECObjectIdentifiers.secp384r1, SECNamedCurves.getByOID(SECObjectIdentifiers.secp384r1).getCurve());

    private EcKeyPolicy() {
    }

    /**
     * Explicit parameters are refused even when they spell out P-256: they are how forged curves
     * get past naive checks (CVE-2020-0601).
     */
    static void check(SubjectPublicKeyInfo key) {
        ASN1Encodable parameters = key.getAlgorithm().getParameters();
        ECCurve curve = parameters instanceof ASN1ObjectIdentifier named ? CURVES.get(named) : null;
        if (curve == null) {
            throw DomainException.badInput("csr-ec-curve",
                    "EC keys must be on the named curve P-256 or P-384, not " + parameters);
        }
        if (!onCurve(curve, key)) {
            throw DomainException.badInput("csr-ec-point", "the EC public key is not a point on its curve");
        }
    }

    /** Decoding checks the point satisfies the curve equation; P-256 and P-384 have cofactor 1, so that is the subgroup. */
    private static boolean onCurve(ECCurve curve, SubjectPublicKeyInfo key) {
        try {
            ECPoint point = curve.decodePoint(key.getPublicKeyData().getOctets());
            return !point.isInfinity() && point.isValid();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
