package dk.segl.ca;

import java.io.IOException;
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
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * The one issuance path for every end-entity certificate Segl signs: a named
 * {@link CertificateProfile} says what the kind contains, this adds what all kinds share and signs.
 * The caller is the registration authority, which has already decided the request; the key is
 * still checked again here by the same {@link KeyPolicy}, because a signer that trusts its caller
 * signs whatever a bug sends.
 */
public final class ProfileSigner {

    private final PublicLinks links;
    private final CertificatePolicies policies;
    private final Clock clock;

    /** Bad configuration (URL, policy OIDs) fails here, at deployment, not on the first request. */
    public ProfileSigner(URI publicBaseUrl, List<String> policyOids, Clock clock) {
        this.links = new PublicLinks(publicBaseUrl);
        this.policies = policies(policyOids);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public <S> X509Certificate issue(CaKey issuer, CertificateProfile<S> profile, S about, PublicKey subjectKey,
                                     SerialNumber serial) {
        KeyPolicy.check(subjectKey);
        Instant notBefore = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = notAfter(notBefore, profile, issuer.certificate());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial.value(),
                Date.from(notBefore), Date.from(notAfter), profile.subject(about), subjectKey);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            for (Extension extension : profile.extensions(about, subjectKey)) {
                builder.addExtension(extension);
            }
            builder.addExtension(Extension.authorityKeyIdentifier, false, KeyIdentifiers.authority(issuer.certificate()));
            builder.addExtension(Extension.subjectKeyIdentifier, false, KeyIdentifiers.subject(subjectKey));
            builder.addExtension(Extension.certificatePolicies, false, policies);
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(new AccessDescription[] {
                new AccessDescription(AccessDescription.id_ad_caIssuers, CaHierarchy.uri(links.issuingCertificate())),
                new AccessDescription(AccessDescription.id_ad_ocsp, CaHierarchy.uri(links.ocsp())),
            }));
            builder.addExtension(Extension.cRLDistributionPoints, false, CaHierarchy.crlAt(links.issuingCrl()));
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode the extensions of a " + profile.name() + " certificate", e);
        }
        return CertificateSigning.sign(builder, issuer);
    }

    /** Key encipherment only makes sense for RSA; an EC key signs (and agrees keys, which Segl's kinds do not use). */
    static KeyUsage signingKeyUsage(PublicKey key) {
        return key instanceof RSAPublicKey
                ? new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment)
                : new KeyUsage(KeyUsage.digitalSignature);
    }

    /** An extension of a profile; encoding one of Bouncy Castle's own values cannot fail but by a bug. */
    static Extension extension(ASN1ObjectIdentifier type, boolean critical, ASN1Encodable value) {
        try {
            return Extension.create(type, critical, value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode extension " + type, e);
        }
    }

    private static Instant notAfter(Instant notBefore, CertificateProfile<?> profile, X509Certificate issuer) {
        Instant issuerEnd = issuer.getNotAfter().toInstant();
        if (!notBefore.isBefore(issuerEnd)) {
            // Start-up and readiness watch the CA's validity: reaching this is an operational failure.
            throw new IllegalStateException("the issuing CA's certificate has expired");
        }
        Instant wanted = notBefore.atZone(ZoneOffset.UTC).plus(profile.validity()).minusSeconds(1).toInstant();
        return wanted.isAfter(issuerEnd) ? issuerEnd : wanted;
    }

    /** The configured certificate policies, for end-entity certificates and the issuing CA alike. */
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
}
