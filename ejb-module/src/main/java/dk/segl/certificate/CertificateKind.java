package dk.segl.certificate;

/** What a certificate record is for: a user's certificate, or an IdM system's TLS client certificate. */
public enum CertificateKind {
    USER,
    IDM_SYSTEM
}
