package dk.segl.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random token for a link sent by email (activation, issuance). Only its SHA-256 hash is
 * stored, so a copy of the database cannot be used to follow anyone's link.
 */
public record OneTimeToken(String value, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static OneTimeToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new OneTimeToken(value, hashOf(value));
    }

    public static String hashOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "OneTimeToken[hash=" + hash + "]";
    }
}
