package dk.segl.ca;

import java.security.PublicKey;
import java.time.Period;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;

/**
 * One kind of certificate Segl signs (user, TLS server, IdM system, ...), named, and given what it
 * is about ({@code S}): the subject it names and the extensions that make it that kind. What every
 * kind shares (CA:FALSE, key identifiers, policies, AIA, CRL distribution point, validity capped at
 * the issuer's) is added once, by {@link ProfileSigner}, the one issuance path.
 */
public interface CertificateProfile<S> {

    /** The profile's name in logs and audit entries, e.g. {@code user}. */
    String name();

    X500Name subject(S about);

    /** Key usage, extended key usage and alternative names of this kind. */
    List<Extension> extensions(S about, PublicKey key);

    /** How long a certificate of this kind lives, at most (never past the issuing CA). */
    Period validity();
}
