package dk.segl.certificate;

/** "Certificate types" in the order dialog; Segl issues user certificates. */
public enum CertificateType {
    USER_CERTIFICATE
}
