package dk.segl.certificate;

/** Fired in the transaction that marked a certificate EXPIRED, so the directory drops it with that change. */
public record CertificateExpired(String certificateId) {
}
