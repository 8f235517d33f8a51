package dk.segl.certificate;

/** Fired in the transaction that issued a certificate, so follow-up work (the directory) commits with it. */
public record CertificateIssued(String certificateId) {
}
