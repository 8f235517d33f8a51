package dk.segl.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Passwords are stored only as PBKDF2 hashes (Jakarta Security); the rules for choosing one are {@link PasswordRules}. */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash hash;

    /** Hashed when no user matches, so an unknown login name takes as long to refuse as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "60000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy-password".toCharArray());
    }

    /** Hashes a password that has passed {@link PasswordRules}, or one set by configuration (demo data). */
    public String hash(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("An empty password cannot be hashed");
        }
        return hash.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        if (password == null) {
            return false;
        }
        boolean matches = hash.verify(password, storedHash == null ? decoy : storedHash);
        return storedHash != null && matches;
    }
}
