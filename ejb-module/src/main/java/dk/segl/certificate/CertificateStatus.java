package dk.segl.certificate;

/** PENDING until issued; ISSUED until revoked (final) or past its expiry. */
public enum CertificateStatus {
    PENDING,
    ISSUED,
    REVOKED,
    EXPIRED
}
