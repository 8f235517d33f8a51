package dk.segl.ca;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Where the CA's keys live: a PKCS#12 file under SEGL_HOME ({@link Pkcs12CaKeyStore}) or a PKCS#11
 * token ({@link Pkcs11CaKeyStore}). Both hold the root, the issuing CA and the OCSP signer.
 */
interface CaKeyStore {

    CaKey root();

    CaKey issuing();

    /** The issuing CA certificate as the store held it before this start re-issued it, if it did. */
    X509Certificate issuingAsFound();

    /** The issuing CA's OCSP signer, checked against it; empty before the first is issued. */
    Optional<CaKey> ocspSigner();

    /**
     * Stores a new certificate for the issuing CA's key (from {@link CaHierarchy#reissuedCertificate});
     * the one it replaces stays readable beside the keys.
     */
    void replaceIssuingCertificate(X509Certificate certificate);

    /** A new OCSP signer with a new key, replacing the old one only once both exist. */
    CaKey issueOcspSigner(OcspSignerProfile profile);
}
