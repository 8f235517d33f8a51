package dk.segl.ca;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * EST's {@code csrattrs} answer (RFC 7030 §4.5, RFC 8951 §3): what Segl reads from a CSR and what
 * it accepts, as {@link CsrPolicy} and {@link KeyPolicy} decide: the subject's serialNumber (it
 * names the user), RSA keys or EC keys on P-256 or P-384, signed with SHA-256 or stronger.
 */
public final class CsrAttributes {

    private static final byte[] DER = encode();

    private CsrAttributes() {
    }

    public static byte[] der() {
        return DER.clone();
    }

    private static byte[] encode() {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(BCStyle.SERIALNUMBER);
        attributes.add(PKCSObjectIdentifiers.rsaEncryption);
        attributes.add(new Attribute(X9ObjectIdentifiers.id_ecPublicKey,
                new DERSet(new org.bouncycastle.asn1.ASN1Encodable[] {SECObjectIdentifiers.secp256r1, SECObjectIdentifiers.secp384r1})));
        attributes.add(PKCSObjectIdentifiers.sha256WithRSAEncryption);
        attributes.add(X9ObjectIdentifiers.ecdsa_with_SHA256);
        try {
            return new DERSequence(attributes).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
