package dk.segl.ca;

import dk.segl.error.DomainException;
import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
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
    private static final Pattern CVR = Pattern.compile("[0-9]{8}");
    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}+");
    private static final int MAX_SERIAL_OCTETS = 20;

    private final PublicLinks links;
    private final CertificatePolicies policies;
    private final Clock clock;

    /** Bad configuration (URL, policy OIDs) fails here, at deployment, not on the first request. */
    public UserCertificateProfile(URI publicBaseUrl, List<String> policyOids, Clock clock) {
        this.links = new PublicLinks(publicBaseUrl);
        this.policies = policies(policyOids);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public X509Certificate issue(CaKey issuer, UserCertificateSubject subject, PublicKey subjectKey, BigInteger serial) {
        KeyPolicy.check(subjectKey);
        requireUsableSerial(serial);
        X500Name name = subjectName(subject);
        GeneralNames altNames = emailName(subject.email());
        Instant notBefore = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = notAfter(notBefore, issuer.certificate());

        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial,
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
        X509Certificate certificate = CaHierarchy.toCertificate(builder.build(issuer.contentSigner()));
        requireVerifies(certificate, issuer);
        return certificate;
    }

    private X500Name subjectName(UserCertificateSubject subject) {
        if (subject.cvr() == null || !CVR.matcher(subject.cvr()).matches()) {
            throw DomainException.badInput("cvr-invalid", "a CVR number is eight digits");
        }
        requireText(subject.organisationName(), "organisation-name-missing", "the organisation has no name");
        requireText(subject.userName(), "user-name-missing", "the user has no name");
        Objects.requireNonNull(subject.userUuid(), "userUuid");
        return new X500Name(new RDN[] {
            rdn(BCStyle.C, new DERPrintableString("DK", true)),
            rdn(ORGANIZATION_IDENTIFIER, new DERUTF8String("NTRDK-" + subject.cvr())),
            rdn(BCStyle.O, new DERUTF8String(subject.organisationName())),
            rdn(BCStyle.SERIALNUMBER, new DERPrintableString("UI:DK-E:G:" + subject.userUuid(), true)),
            rdn(BCStyle.CN, new DERUTF8String(subject.userName())),
        });
    }

    /** rfc822Name is an IA5String: an internationalised address cannot be carried, so it is refused. */
    private static GeneralNames emailName(String email) {
        if (email == null || email.isBlank() || email.indexOf('@') < 1) {
            throw DomainException.badInput("email-invalid", "the user has no usable email address");
        }
        if (!ASCII.matcher(email).matches()) {
            throw DomainException.refused("email-not-ascii",
                    "a certificate can only carry an email address written in ASCII");
        }
        return new GeneralNames(new GeneralName(GeneralName.rfc822Name, email));
    }

    private Instant notAfter(Instant notBefore, X509Certificate issuer) {
        Instant issuerEnd = issuer.getNotAfter().toInstant();
        if (!notBefore.isBefore(issuerEnd)) {
            throw DomainException.refused("issuing-ca-expired", "the issuing CA's certificate has expired");
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

    private static void requireUsableSerial(BigInteger serial) {
        if (serial == null || serial.signum() <= 0 || serial.toByteArray().length > MAX_SERIAL_OCTETS) {
            throw DomainException.badInput("serial-invalid", "serial must be positive and at most 20 octets");
        }
    }

    /** Catches a faulty signer (an HSM, a mismatched key) before the certificate leaves the CA. */
    private static void requireVerifies(X509Certificate certificate, CaKey issuer) {
        try {
            certificate.verify(issuer.publicKey(), BouncyCastle.PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the issuing CA produced a signature that does not verify", e);
        }
    }

    private static CertificatePolicies policies(List<String> policyOids) {
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

    private static void requireText(String value, String rule, String detail) {
        if (value == null || value.isBlank()) {
            throw DomainException.badInput(rule, detail);
        }
    }
}
