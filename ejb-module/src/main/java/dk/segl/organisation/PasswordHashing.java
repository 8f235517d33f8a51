package dk.segl.organisation;

import dk.segl.error.Rule;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Passwords are stored only as PBKDF2 hashes (Jakarta Security); the policy is checked here once. */
@ApplicationScoped
public class PasswordHashing {

    static final int MIN_LENGTH = 8;

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

    public String hash(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw Rule.PASSWORD_TOO_SHORT.refusal("A password has at least " + MIN_LENGTH + " characters");
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
