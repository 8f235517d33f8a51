package dk.segl.audit;

import dk.segl.files.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The audit signer's public key: what checks a checkpoint, kept as a PEM file anyone may read. */
public record VerifyingKey(PublicKey key) {

    static final String ALGORITHM = "SHA256withECDSA";
    private static final String PEM_TYPE = "PUBLIC KEY";

    /** SHA-256 of the key's SubjectPublicKeyInfo, hex: how a checkpoint names its signer. */
    public String fingerprint() {
        return EntryHash.hex(key.getEncoded());
    }

    boolean verifies(byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // A signature that is not even well-formed DER is a forged one.
            return false;
        }
    }

    public static VerifyingKey read(Path file) {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            String body = pem.replace("-----BEGIN " + PEM_TYPE + "-----", "").replace("-----END " + PEM_TYPE + "-----", "")
                    .replaceAll("\\s", "");
            return new VerifyingKey(KeyFactory.getInstance("EC").generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(body))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit signer's public key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an EC public key in PEM: " + file, e);
        }
    }

    void write(Path file) {
        String pem = "-----BEGIN " + PEM_TYPE + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END " + PEM_TYPE + "-----\n";
        PrivateFiles.writeAtomically(file, pem.getBytes(StandardCharsets.US_ASCII));
    }
}
