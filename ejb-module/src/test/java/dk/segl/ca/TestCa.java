package dk.segl.ca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One CA hierarchy shared by the tests, because RSA 4096 key generation is slow. */
public final class TestCa {

    public static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");
    public static final URI BASE = URI.create("https://segl.example.dk/");
    public static final CaNames NAMES = new CaNames("Segl Test Root", "Segl Test Issuing", "Segl Test", BASE,
            java.util.List.of("2.5.29.32.0"));
    public static final char[] PASSWORD = "test-password".toCharArray();

    private static Path file;
    private static Pkcs12CaKeyStore store;

    private TestCa() {
    }

    public static synchronized Pkcs12CaKeyStore store() {
        if (store == null) {
            try {
                Path folder = Files.createTempDirectory("segl-ca-test");
                file = folder.resolve("keys/ca.p12");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            store = Pkcs12CaKeyStore.openOrCreate(file, PASSWORD, NAMES, CaKey.DEFAULT_SIGNATURE_ALGORITHM,
                    Clock.fixed(CREATED, ZoneOffset.UTC));
        }
        return store;
    }

    public static synchronized Path file() {
        store();
        return file;
    }
}
