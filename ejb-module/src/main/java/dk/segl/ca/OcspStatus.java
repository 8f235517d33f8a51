package dk.segl.ca;

import java.time.Instant;

/** What an OCSP response says of one certificate (RFC 6960 §2.2). */
public sealed interface OcspStatus {

    OcspStatus GOOD = new Good();
    OcspStatus UNKNOWN = new Unknown();

    /** Not revoked: the responder knows the certificate and it has not been revoked. */
    record Good() implements OcspStatus {
    }

    /** Revoked for good, at {@code at}, for RFC 5280's reason code. */
    record Revoked(Instant at, int reasonCode) implements OcspStatus {
    }

    /** The responder knows no certificate of this serial number from this issuer. */
    record Unknown() implements OcspStatus {
    }
}
