package dk.segl.ca;

import java.time.Instant;

/**
 * One revoked certificate as a CRL lists it. {@code reasonCode} is RFC 5280's CRLReason, e.g.
 * 1 keyCompromise, 3 affiliationChanged, 5 cessationOfOperation; 0 means unspecified.
 */
public record RevokedEntry(SerialNumber serial, Instant revokedAt, int reasonCode) {
}
