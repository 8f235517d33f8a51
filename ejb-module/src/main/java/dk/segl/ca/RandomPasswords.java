package dk.segl.ca;

import java.security.SecureRandom;

/**
 * Random passwords from the URL-safe alphabet: ASCII only, because PKCS#12 tools disagree on
 * how to encode anything else, and safe to paste into a shell or a URL.
 */
final class RandomPasswords {

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    private RandomPasswords() {
    }

    static char[] generate(SecureRandom random, int length) {
        char[] password = new char[length];
        for (int i = 0; i < length; i++) {
            password[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return password;
    }
}
