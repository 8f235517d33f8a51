package dk.segl.certificate;

/** How the certificate is issued: in the user's browser, onto hardware from a CSR, or by the IdM system over EST. */
public enum IssuanceMethod {
    BROWSER,
    HARDWARE,
    EST
}
