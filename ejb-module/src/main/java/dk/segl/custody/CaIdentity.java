package dk.segl.custody;

/** The CA a database belongs to: SHA-256 fingerprints of its root and issuing CA certificates. */
public record CaIdentity(String rootFingerprint, String issuingFingerprint) {
}
