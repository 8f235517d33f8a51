package dk.segl.ca;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;

/** Reads certificate fields back from the encoding, the way a relying party would. */
public final class CertificateFields {

    private CertificateFields() {
    }

    /** Re-parses with the JDK so tests never look at Bouncy Castle's own view of what it wrote. */
    public static X509Certificate jdk(X509Certificate certificate) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate.getEncoded()));
    }

    public static X509CertificateHolder holder(X509Certificate certificate) throws Exception {
        return new X509CertificateHolder(certificate.getEncoded());
    }

    public static byte[] subjectKeyId(X509Certificate certificate) throws Exception {
        return SubjectKeyIdentifier.fromExtensions(holder(certificate).getExtensions()).getKeyIdentifier();
    }

    public static AuthorityKeyIdentifier authorityKeyId(X509Certificate certificate) throws Exception {
        return AuthorityKeyIdentifier.fromExtensions(holder(certificate).getExtensions());
    }

    public static List<String> crlDistributionPoints(X509Certificate certificate) throws Exception {
        CRLDistPoint points = CRLDistPoint.getInstance(
                holder(certificate).getExtension(Extension.cRLDistributionPoints).getParsedValue());
        List<String> urls = new ArrayList<>();
        for (DistributionPoint point : points.getDistributionPoints()) {
            for (GeneralName name : GeneralNames.getInstance(point.getDistributionPoint().getName()).getNames()) {
                urls.add(uri(name));
            }
        }
        return urls;
    }

    public static List<String> accessLocations(X509Certificate certificate, ASN1ObjectIdentifier method) throws Exception {
        AuthorityInformationAccess aia = AuthorityInformationAccess.fromExtensions(holder(certificate).getExtensions());
        List<String> urls = new ArrayList<>();
        for (AccessDescription description : aia.getAccessDescriptions()) {
            if (description.getAccessMethod().equals(method)) {
                urls.add(uri(description.getAccessLocation()));
            }
        }
        return urls;
    }

    public static List<String> policies(X509Certificate certificate) throws Exception {
        return java.util.Arrays.stream(org.bouncycastle.asn1.x509.CertificatePolicies.fromExtensions(
                        holder(certificate).getExtensions()).getPolicyInformation())
                .map(p -> p.getPolicyIdentifier().getId()).toList();
    }

    private static String uri(GeneralName name) {
        if (name.getTagNo() != GeneralName.uniformResourceIdentifier) {
            throw new AssertionError("not a URI: " + name);
        }
        ASN1Encodable value = name.getName();
        return DERIA5String.getInstance(value).getString();
    }
}
