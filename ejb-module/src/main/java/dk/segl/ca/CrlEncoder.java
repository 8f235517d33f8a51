package dk.segl.ca;

import java.math.BigInteger;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;

/** Encodes and signs a full (not delta) v2 CRL for one CA. */
public final class CrlEncoder {

    // removeFromCRL (8) belongs in delta CRLs only, and 7 is unassigned.
    private static final Set<Integer> FULL_CRL_REASONS = Set.of(
            CRLReason.unspecified, CRLReason.keyCompromise, CRLReason.cACompromise,
            CRLReason.affiliationChanged, CRLReason.superseded, CRLReason.cessationOfOperation,
            CRLReason.certificateHold, CRLReason.privilegeWithdrawn, CRLReason.aACompromise);
    private static final int MAX_CRL_NUMBER_OCTETS = 20;

    public X509CRL encode(CaKey issuer, BigInteger crlNumber, Instant thisUpdate, Instant nextUpdate,
            List<RevokedEntry> entries) {
        if (crlNumber == null || crlNumber.signum() < 0 || crlNumber.toByteArray().length > MAX_CRL_NUMBER_OCTETS) {
            throw new IllegalArgumentException("CRL number must be non-negative and at most 20 octets");
        }
        if (!nextUpdate.isAfter(thisUpdate)) {
            throw new IllegalArgumentException("nextUpdate must come after thisUpdate");
        }
        X500Name issuerName = X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
        X509v2CRLBuilder builder = new X509v2CRLBuilder(issuerName, seconds(thisUpdate));
        builder.setNextUpdate(seconds(nextUpdate));
        for (RevokedEntry entry : entries) {
            if (!FULL_CRL_REASONS.contains(entry.reasonCode())) {
                throw new IllegalArgumentException("reason code " + entry.reasonCode() + " cannot appear in a full CRL");
            }
            // Bouncy Castle omits the extension for 0 (unspecified), as RFC 5280 asks.
            builder.addCRLEntry(entry.serial().value(), seconds(entry.revokedAt()), entry.reasonCode());
        }
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false, KeyIdentifiers.authority(issuer.certificate()));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(crlNumber));
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode CRL extensions", e);
        }
        try {
            return new JcaX509CRLConverter().setProvider(BouncyCastle.PROVIDER).getCRL(builder.build(issuer.contentSigner()));
        } catch (CRLException e) {
            throw new IllegalStateException("Bouncy Castle produced an unreadable CRL", e);
        }
    }

    /** CRL times have whole seconds; truncating here keeps what is signed equal to what was asked. */
    private static Date seconds(Instant instant) {
        return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
