package dk.segl.ca;

import dk.segl.files.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds the CA key store's password: configured, or kept in a file beside the store, or made up
 * on first start so an installation needs no secret handed to it. The password is never logged.
 */
public final class KeystorePassword {

    static final int GENERATED_LENGTH = 32;

    private KeystorePassword() {
    }

    public static char[] resolve(Optional<String> configured, Path passwordFile) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return configured.get().toCharArray();
        }
        if (Files.exists(passwordFile)) {
            return read(passwordFile);
        }
        char[] generated = RandomPasswords.generate(new SecureRandom(), GENERATED_LENGTH);
        byte[] bytes = StandardCharsets.US_ASCII.encode(CharBuffer.wrap(generated)).array();
        try {
            PrivateFiles.writeAtomically(passwordFile, Arrays.copyOf(bytes, generated.length));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        return generated;
    }

    /** A secret set in configuration, else read from the file configuration names, else none. */
    public static Optional<char[]> configuredOrRead(Optional<String> configured, Optional<String> file) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return Optional.of(configured.get().toCharArray());
        }
        return file.filter(f -> !f.isBlank()).map(f -> read(Path.of(f)));
    }

    /** Surrounding whitespace is dropped: editors and {@code echo} add a trailing newline. */
    static char[] read(Path passwordFile) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(passwordFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read password file " + passwordFile, e);
        }
        CharBuffer text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        Arrays.fill(bytes, (byte) 0);
        int start = 0;
        int end = text.limit();
        while (start < end && Character.isWhitespace(text.get(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.get(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new IllegalStateException("password file " + passwordFile + " is empty");
        }
        char[] password = new char[end - start];
        text.position(start);
        text.get(password);
        Arrays.fill(text.array(), '\0');
        return password;
    }
}
