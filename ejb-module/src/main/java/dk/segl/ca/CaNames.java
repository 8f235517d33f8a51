package dk.segl.ca;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * What the CA certificates are called, where their public links live, and the certificate
 * policies (OIDs) the issuing CA certifies under.
 */
public record CaNames(String rootCommonName, String issuingCommonName, String organisation, URI publicBaseUrl,
                      List<String> policyOids) {

    public CaNames {
        requireText(rootCommonName, "rootCommonName");
        requireText(issuingCommonName, "issuingCommonName");
        requireText(organisation, "organisation");
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        policyOids = List.copyOf(policyOids);
    }

    X500Name rootSubject() {
        return subject(rootCommonName);
    }

    X500Name issuingSubject() {
        return subject(issuingCommonName);
    }

    private X500Name subject(String commonName) {
        return new X500Name(new RDN[] {
            rdn(new AttributeTypeAndValue(BCStyle.C, new DERPrintableString("DK", true))),
            rdn(new AttributeTypeAndValue(BCStyle.O, new DERUTF8String(organisation))),
            rdn(new AttributeTypeAndValue(BCStyle.CN, new DERUTF8String(commonName))),
        });
    }

    private static RDN rdn(AttributeTypeAndValue value) {
        return new RDN(value);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
