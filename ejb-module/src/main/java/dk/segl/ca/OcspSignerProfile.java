package dk.segl.ca;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;
import java.util.stream.Stream;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * The OCSP signing certificate a CA issues to its own responder (RFC 6960 §4.2.2.2): it may sign
 * OCSP responses for that CA and nothing else (key usage digitalSignature, extended key usage
 * id-kp-OCSPSigning), and carries id-pkix-ocsp-nocheck, so relying parties do not ask about the
 * responder's own certificate; its short life is what bounds a stolen responder key instead.
 */
public final class OcspSignerProfile {

    private final Duration lifetime;
    private final Clock clock;

    public OcspSignerProfile(Duration lifetime, Clock clock) {
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("an OCSP signer needs a positive lifetime");
        }
        this.lifetime = lifetime;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public X509Certificate issue(CaKey issuer, PublicKey key, SerialNumber serial) {
        KeyPolicy.check(key);
        Instant notBefore = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant issuerEnd = issuer.certificate().getNotAfter().toInstant();
        if (!notBefore.isBefore(issuerEnd)) {
            throw new IllegalStateException("the CA's certificate has expired");
        }
        Instant wanted = notBefore.plus(lifetime);
        Instant notAfter = wanted.isAfter(issuerEnd) ? issuerEnd : wanted;
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial.value(),
                Date.from(notBefore), Date.from(notAfter), subject(issuer.certificate()), key);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning));
            builder.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
            builder.addExtension(Extension.authorityKeyIdentifier, false, KeyIdentifiers.authority(issuer.certificate()));
            builder.addExtension(Extension.subjectKeyIdentifier, false, KeyIdentifiers.subject(key));
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode OCSP signer extensions", e);
        }
        return CertificateSigning.sign(builder, issuer);
    }

    /** A new signer is due when there is none, or the current one has {@code renewBefore} or less left. */
    static boolean renewalDue(X509Certificate current, Instant now, Duration renewBefore) {
        return current == null || !current.getNotAfter().toInstant().isAfter(now.plus(renewBefore));
    }

    /** The CA's own name with "OCSP" added to its common name, so the signer reads as the CA's. */
    private static X500Name subject(X509Certificate issuer) {
        X500Name name = X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
        String commonName = Arrays.stream(name.getRDNs(BCStyle.CN)).findFirst()
                .map(rdn -> rdn.getFirst().getValue().toString()).orElse("CA");
        RDN[] others = Arrays.stream(name.getRDNs()).filter(rdn -> !BCStyle.CN.equals(rdn.getFirst().getType()))
                .toArray(RDN[]::new);
        RDN ocsp = new RDN(new AttributeTypeAndValue(BCStyle.CN, new DERUTF8String(commonName + " OCSP")));
        return new X500Name(Stream.concat(Arrays.stream(others), Stream.of(ocsp)).toArray(RDN[]::new));
    }
}
