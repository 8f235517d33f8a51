package dk.segl.ca;

import dk.segl.files.PrivateFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * The OCSP signer's key and certificate, kept like the CA keys: a PKCS#12 file under the same
 * password ({@code SEGL_HOME/ca/ocsp.p12}, owner-only, written atomically). Each renewal makes a
 * new key, so a copy of an old file signs nothing a relying party still accepts.
 */
final class OcspSignerFile {

    static final String ALIAS = "ocsp";
    static final int KEY_BITS = 3072;

    private OcspSignerFile() {
    }

    /** The signer in {@code file}, checked against the issuing CA; empty when there is no file yet. */
    static Optional<SoftwareCaKey> load(Path file, char[] password, String signatureAlgorithm, CaKey issuer) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        SoftwareCaKey signer = Pkcs12CaKeyStore.entry(Pkcs12CaKeyStore.read(file, password), ALIAS, password,
                signatureAlgorithm, file);
        Pkcs12CaKeyStore.requireIssuedBy(signer, issuer, "key store " + file);
        return Optional.of(signer);
    }

    /** A new key and certificate, written over the old file only once both exist. */
    static SoftwareCaKey issue(Path file, char[] password, String signatureAlgorithm, CaKey issuer,
            OcspSignerProfile profile) {
        KeyPair keys = Pkcs12CaKeyStore.rsaKeyPair(KEY_BITS);
        X509Certificate certificate = profile.issue(issuer, keys.getPublic(), new SerialNumbers().next());
        SoftwareCaKey signer = new SoftwareCaKey(certificate, keys.getPrivate(), signatureAlgorithm);
        PrivateFiles.writeAtomically(file, Pkcs12Encoder.encode(List.of(new Pkcs12Encoder.Entry(ALIAS,
                signer.privateKey(), List.of(certificate, issuer.certificate()))), password));
        return signer;
    }
}
