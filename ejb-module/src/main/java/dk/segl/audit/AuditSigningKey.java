package dk.segl.audit;

import dk.segl.files.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;

/**
 * The key that signs audit checkpoints: an EC P-256 key of its own, not a certificate of the CA,
 * so the log can be checked without the CA (see README). The private key is an owner-only PKCS#8
 * file beside the CA's ({@code SEGL_HOME/ca/audit-signer.key}); the public key is written beside
 * it as {@code audit-signer.pem} for the verifier, and its fingerprint is in every checkpoint.
 */
public final class AuditSigningKey {

    static final String PRIVATE_FILE = "audit-signer.key";
    public static final String PUBLIC_FILE = "audit-signer.pem";

    private final PrivateKey privateKey;
    private final VerifyingKey verifying;

    AuditSigningKey(KeyPair keys) {
        this.privateKey = keys.getPrivate();
        this.verifying = new VerifyingKey(keys.getPublic());
    }

    /** The key in {@code folder}, made on the first start. */
    public static AuditSigningKey openOrCreate(Path folder) {
        Path privateFile = PrivateFiles.folder(folder).resolve(PRIVATE_FILE);
        Path publicFile = folder.resolve(PUBLIC_FILE);
        if (!Files.exists(privateFile)) {
            AuditSigningKey created = new AuditSigningKey(generate());
            // The public half first: a private key without its public file would never be checked.
            created.verifying.write(publicFile);
            PrivateFiles.writeAtomically(privateFile, created.privateKey.getEncoded());
            return created;
        }
        VerifyingKey verifying = VerifyingKey.read(publicFile);
        try {
            PrivateKey privateKey = KeyFactory.getInstance("EC").generatePrivate(
                    new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
            return new AuditSigningKey(new KeyPair(verifying.key(), privateKey));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit signing key " + privateFile, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an EC private key: " + privateFile, e);
        }
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make an EC P-256 key", e);
        }
    }

    public VerifyingKey verifying() {
        return verifying;
    }

    String fingerprint() {
        return verifying.fingerprint();
    }

    byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance(VerifyingKey.ALGORITHM);
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an audit checkpoint", e);
        }
    }
}
