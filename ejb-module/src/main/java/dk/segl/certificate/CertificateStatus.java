package dk.segl.certificate;

/**
 * What the lists show of an order or its certificate: PENDING (ordered, not issued), WITHDRAWN
 * (the holder changed before issuance), then the certificate's own ISSUED, REVOKED (final) or
 * EXPIRED by time.
 */
public enum CertificateStatus {
    PENDING,
    WITHDRAWN,
    ISSUED,
    REVOKED,
    EXPIRED
}
