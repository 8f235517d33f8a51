package dk.segl.ca;

import dk.segl.holder.CertificateHolder;
import java.net.URI;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * The user certificate profile (DESIGN §3, after OCES3). The caller is the registration
 * authority, which has already decided the request; this class still re-checks what it puts
 * under the CA's signature, because a signer that trusts its caller signs whatever a bug sends.
 */
public final class UserCertificateProfile {

    static final int VALIDITY_YEARS = 3;

    private static final ASN1ObjectIdentifier ORGANIZATION_IDENTIFIER = new ASN1ObjectIdentifier("2.5.4.97");

    private final PublicLinks links;
    private final CertificatePolicies policies;
    private final Clock clock;

    /** Bad configuration (URL, policy OIDs) fails here, at deployment, not on the first request. */
    public UserCertificateProfile(URI publicBaseUrl, List<String> policyOids, Clock clock) {
        this.links = new PublicLinks(publicBaseUrl);
        this.policies = policies(policyOids);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The holder's values were validated when they were made (their types allow nothing else) and
     * the key by the same {@link KeyPolicy} the registration authority ran; both are checked again
     * here by that same code, because a signer that trusts its caller signs whatever a bug sends.
     */
    public X509Certificate issue(CaKey issuer, CertificateHolder holder, PublicKey subjectKey, SerialNumber serial) {
        KeyPolicy.check(subjectKey);
        X500Name name = subjectName(holder);
        GeneralNames altNames = new GeneralNames(new GeneralName(GeneralName.rfc822Name, holder.email().value()));
        Instant notBefore = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = notAfter(notBefore, issuer.certificate());

        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial.value(),
                Date.from(notBefore), Date.from(notAfter), name, subjectKey);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, keyUsage(subjectKey));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                    new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection}));
            builder.addExtension(Extension.subjectAlternativeName, false, altNames);
            builder.addExtension(Extension.authorityKeyIdentifier, false, KeyIdentifiers.authority(issuer.certificate()));
            builder.addExtension(Extension.subjectKeyIdentifier, false, KeyIdentifiers.subject(subjectKey));
            builder.addExtension(Extension.certificatePolicies, false, policies);
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(new AccessDescription[] {
                new AccessDescription(AccessDescription.id_ad_caIssuers, CaHierarchy.uri(links.issuingCertificate())),
                new AccessDescription(AccessDescription.id_ad_ocsp, CaHierarchy.uri(links.ocsp())),
            }));
            builder.addExtension(Extension.cRLDistributionPoints, false, CaHierarchy.crlAt(links.issuingCrl()));
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode user certificate extensions", e);
        }
        return CertificateSigning.sign(builder, issuer);
    }

    private static X500Name subjectName(CertificateHolder holder) {
        return new X500Name(new RDN[] {
            rdn(BCStyle.C, new DERPrintableString("DK", true)),
            rdn(ORGANIZATION_IDENTIFIER, new DERUTF8String(holder.organizationIdentifier().value())),
            rdn(BCStyle.O, new DERUTF8String(holder.organisationName().value())),
            rdn(BCStyle.SERIALNUMBER, new DERPrintableString(holder.holderId().value(), true)),
            rdn(BCStyle.CN, new DERUTF8String(holder.name().value())),
        });
    }

    private Instant notAfter(Instant notBefore, X509Certificate issuer) {
        Instant issuerEnd = issuer.getNotAfter().toInstant();
        if (!notBefore.isBefore(issuerEnd)) {
            // Start-up and readiness watch the CA's validity: reaching this is an operational failure.
            throw new IllegalStateException("the issuing CA's certificate has expired");
        }
        Instant wanted = notBefore.atZone(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).minusSeconds(1).toInstant();
        return wanted.isAfter(issuerEnd) ? issuerEnd : wanted;
    }

    private static KeyUsage keyUsage(PublicKey key) {
        // Key encipherment only makes sense for RSA; an EC key agrees keys instead, which S/MIME here does not use.
        return key instanceof RSAPublicKey
                ? new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment)
                : new KeyUsage(KeyUsage.digitalSignature);
    }

    /** The configured OIDs as the extension's value; a bad OID fails at deployment. */
    static CertificatePolicies policies(List<String> policyOids) {
        if (policyOids == null || policyOids.isEmpty()) {
            throw new IllegalArgumentException("at least one certificate policy OID is required");
        }
        PolicyInformation[] policies = new PolicyInformation[policyOids.size()];
        for (int i = 0; i < policies.length; i++) {
            String oid = policyOids.get(i);
            ASN1ObjectIdentifier policy = oid == null ? null : ASN1ObjectIdentifier.tryFromID(oid);
            if (policy == null) {
                throw new IllegalArgumentException("not a certificate policy OID: " + oid);
            }
            policies[i] = new PolicyInformation(policy);
        }
        return new CertificatePolicies(policies);
    }

    private static RDN rdn(ASN1ObjectIdentifier type, ASN1Encodable value) {
        return new RDN(new AttributeTypeAndValue(type, value));
    }
}
