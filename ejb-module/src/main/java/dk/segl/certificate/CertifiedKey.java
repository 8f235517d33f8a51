package dk.segl.certificate;

import dk.segl.error.Rule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;

/**
 * A public key Segl has certified, by the SHA-256 of its SubjectPublicKeyInfo, and for whom. A
 * key belongs to one holder, and is never certified again once a certificate with it was revoked
 * for key compromise: whoever holds a copy of that private key could otherwise get it re-certified.
 */
@Entity
@Table(name = "certified_key")
public class CertifiedKey {

    @Id
    @Column(name = "key_sha256")
    private String fingerprint;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(nullable = false)
    private boolean compromised;

    @Version
    private long version;

    protected CertifiedKey() {
    }

    CertifiedKey(String fingerprint, String userId) {
        this.fingerprint = fingerprint;
        this.userId = userId;
    }

    static String fingerprintOf(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    void requireCertifiableFor(String holder) {
        if (compromised) {
            throw Rule.KEY_COMPROMISED.refusal();
        }
        if (!userId.equals(holder)) {
            throw Rule.KEY_CERTIFIED_FOR_ANOTHER_HOLDER.refusal();
        }
    }

    void compromise() {
        this.compromised = true;
    }

    String fingerprint() {
        return fingerprint;
    }
}
