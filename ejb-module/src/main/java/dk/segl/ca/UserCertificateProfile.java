package dk.segl.ca;

import dk.segl.holder.CertificateHolder;
import java.security.PublicKey;
import java.time.Period;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * The user certificate profile (DESIGN §3, after OCES3): the holder's organisation and person in
 * the subject, the email as rfc822Name, for client authentication and email protection.
 */
public final class UserCertificateProfile implements CertificateProfile<CertificateHolder> {

    static final int VALIDITY_YEARS = 3;

    private static final ASN1ObjectIdentifier ORGANIZATION_IDENTIFIER = new ASN1ObjectIdentifier("2.5.4.97");

    @Override
    public String name() {
        return "user";
    }

    @Override
    public X500Name subject(CertificateHolder holder) {
        return holderName(holder);
    }

    @Override
    public List<Extension> extensions(CertificateHolder holder, PublicKey key) {
        return List.of(
                ProfileSigner.extension(Extension.keyUsage, true, ProfileSigner.signingKeyUsage(key)),
                ProfileSigner.extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection})),
                ProfileSigner.extension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.rfc822Name, holder.email().value()))));
    }

    @Override
    public Period validity() {
        return Period.ofYears(VALIDITY_YEARS);
    }

    /** C, organizationIdentifier, O, serialNumber, CN: how OCES3 names an organisation's holder. */
    static X500Name holderName(CertificateHolder holder) {
        return new X500Name(new RDN[] {
            rdn(BCStyle.C, new DERPrintableString("DK", true)),
            rdn(ORGANIZATION_IDENTIFIER, new DERUTF8String(holder.organizationIdentifier().value())),
            rdn(BCStyle.O, new DERUTF8String(holder.organisationName().value())),
            rdn(BCStyle.SERIALNUMBER, new DERPrintableString(holder.holderId().value(), true)),
            rdn(BCStyle.CN, new DERUTF8String(holder.name().value())),
        });
    }

    private static RDN rdn(ASN1ObjectIdentifier type, ASN1Encodable value) {
        return new RDN(new AttributeTypeAndValue(type, value));
    }
}
