package dk.segl.certificate;

/** Fired in the transaction that revoked a certificate, so the CRL and the directory follow. */
public record CertificateRevoked(String certificateId) {
}
