package dk.segl.ca;

import java.io.IOException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Creates the two CA certificates: a self-signed root and the issuing CA under it. */
final class CaHierarchy {

    static final int ROOT_YEARS = 20;
    static final int ISSUING_YEARS = 10;

    private final CaNames names;
    private final PublicLinks links;
    private final String signatureAlgorithm;
    private final Clock clock;
    private final SerialNumbers serials;

    CaHierarchy(CaNames names, String signatureAlgorithm, Clock clock, SerialNumbers serials) {
        this.names = names;
        this.links = new PublicLinks(names.publicBaseUrl());
        this.signatureAlgorithm = signatureAlgorithm;
        this.clock = clock;
        this.serials = serials;
    }

    SoftwareCaKey createRoot(KeyPair keys) {
        X509Certificate certificate = rootCertificate(keys.getPublic(), softwareSigner(keys));
        return new SoftwareCaKey(certificate, keys.getPrivate(), signatureAlgorithm);
    }

    /** The root's self-signed certificate; the root signs it with its key before it has a certificate to be a CaKey with. */
    X509Certificate rootCertificate(PublicKey key, ContentSigner selfSigner) {
        Instant notBefore = now();
        Instant notAfter = notBefore.atZone(ZoneOffset.UTC).plusYears(ROOT_YEARS).toInstant();
        X500Name subject = names.rootSubject();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serials.next().value(),
                Date.from(notBefore), Date.from(notAfter), subject, key);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, caKeyUsage());
            builder.addExtension(Extension.subjectKeyIdentifier, false, KeyIdentifiers.subject(key));
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode root CA extensions", e);
        }
        return toCertificate(builder.build(selfSigner));
    }

    SoftwareCaKey createIssuing(CaKey root, KeyPair keys) {
        return new SoftwareCaKey(issuingCertificate(root, keys.getPublic()), keys.getPrivate(), signatureAlgorithm);
    }

    /** A new issuing CA's certificate under {@code root}: ten years, never past the root's end. */
    X509Certificate issuingCertificate(CaKey root, PublicKey key) {
        Instant notBefore = now();
        Instant wanted = notBefore.atZone(ZoneOffset.UTC).plusYears(ISSUING_YEARS).toInstant();
        Instant rootEnd = root.certificate().getNotAfter().toInstant();
        return issuingCertificate(root, key, notBefore, wanted.isAfter(rootEnd) ? rootEnd : wanted);
    }

    /**
     * The issuing CA's certificate again, for the same key, subject and end of validity, now
     * with the configured certificate policies: certificates it issued before still chain (their
     * AKI is the key's identifier), and explicit-policy validation starts to work.
     */
    SoftwareCaKey reissueIssuing(CaKey root, SoftwareCaKey issuing) {
        return new SoftwareCaKey(reissuedCertificate(root, issuing), issuing.privateKey(), signatureAlgorithm);
    }

    X509Certificate reissuedCertificate(CaKey root, CaKey issuing) {
        return issuingCertificate(root, issuing.publicKey(), now(), issuing.certificate().getNotAfter().toInstant());
    }

    /** Whether the certificate carries exactly the configured policies. */
    boolean carriesPolicies(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.certificatePolicies.getId());
        try {
            return extension != null && Arrays.equals(ASN1OctetString.getInstance(extension).getOctets(),
                    ProfileSigner.policies(names.policyOids()).getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the certificate policies", e);
        }
    }

    private X509Certificate issuingCertificate(CaKey root, PublicKey key, Instant notBefore, Instant notAfter) {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root.certificate(), serials.next().value(),
                Date.from(notBefore), Date.from(notAfter), names.issuingSubject(), key);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, caKeyUsage());
            builder.addExtension(Extension.authorityKeyIdentifier, false, KeyIdentifiers.authority(root.certificate()));
            builder.addExtension(Extension.subjectKeyIdentifier, false, KeyIdentifiers.subject(key));
            builder.addExtension(Extension.certificatePolicies, false, ProfileSigner.policies(names.policyOids()));
            builder.addExtension(Extension.cRLDistributionPoints, false, crlAt(links.rootCrl()));
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                    AccessDescription.id_ad_caIssuers, uri(links.rootCertificate())));
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode issuing CA extensions", e);
        }
        return toCertificate(builder.build(root.contentSigner()));
    }

    private ContentSigner softwareSigner(KeyPair keys) {
        try {
            return new JcaContentSignerBuilder(signatureAlgorithm).setProvider(BouncyCastle.PROVIDER).build(keys.getPrivate());
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with " + signatureAlgorithm, e);
        }
    }

    /** Whole seconds: certificates cannot say more, and a later comparison must see the same instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static KeyUsage caKeyUsage() {
        return new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign);
    }

    static CRLDistPoint crlAt(String url) {
        DistributionPointName name = new DistributionPointName(new GeneralNames(uri(url)));
        return new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(name, null, null)});
    }

    static GeneralName uri(String url) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, url);
    }

    static X509Certificate toCertificate(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalStateException("Bouncy Castle produced an unreadable certificate", e);
        }
    }
}
