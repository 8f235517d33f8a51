package dk.segl.ca;

import dk.segl.custody.CaIdentity;
import java.security.cert.X509Certificate;

/** A CA's two certificates, as the operator's commands made them. */
public record CaCertificates(X509Certificate root, X509Certificate issuing) {

    public CaIdentity identity() {
        return KeyCustody.identity(root, issuing);
    }

    /** Both fingerprints, as the log and the commands print them. */
    public String description() {
        return KeyCustody.describe(identity());
    }
}
