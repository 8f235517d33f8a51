package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CRL of 100,000 entries with 20-octet serial numbers, made in a JVM whose whole heap is 64 MB
 * (the surefire execution {@code small-heap}): Bouncy Castle's builder would hold every entry as
 * objects, several hundred bytes each; the streamed encoder holds none.
 */
class LargeCrlTest {

    private static final int ENTRIES = 100_000;

    private static String openssl(String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        process.waitFor();
        return output;
    }

    @Test
    void aCrlOfAHundredThousandEntriesIsMadeInASmallHeap(@TempDir Path folder) throws Exception {
        long heap = Runtime.getRuntime().maxMemory();
        assumeTrue(heap <= 64L << 20, "runs only in the surefire execution small-heap (-Xmx64m)");
        CaKey issuing = TestCa.store().issuing();
        Path file = folder.resolve("large.crl");
        Instant thisUpdate = Instant.parse("2026-11-30T12:00:00Z");
        BigInteger first = BigInteger.ONE.shiftLeft(158);
        Random random = new SecureRandom();

        try (CrlEntrySpool spool = CrlEntrySpool.in(folder, ForkJoinPool.commonPool()); OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            BigInteger serial = first;
            for (int i = 0; i < ENTRIES; i++) {
                serial = serial.add(BigInteger.valueOf(1 + random.nextInt(1 << 20)));
                spool.add(new RevokedEntry(new SerialNumber(serial), thisUpdate.minusSeconds(i), i % 3 == 0 ? 0 : 1));
            }
            new CrlEncoder().encode(issuing, CrlHeader.full(BigInteger.valueOf(7), thisUpdate,
                    thisUpdate.plusSeconds(86_400), "http://x/crl/issuing.crl", "http://x/crl/issuing-delta.crl"), spool, out);
        }

        // The JDK's parser holds every entry as objects, more than this heap has: OpenSSL checks it instead.
        Path issuer = folder.resolve("issuing.pem");
        Files.writeString(issuer, Pem.encode("CERTIFICATE", issuing.certificate().getEncoded()));
        assertEquals("verify OK", openssl("openssl crl -inform DER -in " + file + " -CAfile " + issuer + " -noout 2>&1"));
        assertEquals(String.valueOf(ENTRIES), openssl("openssl crl -inform DER -in " + file
                + " -noout -text | grep -c 'Serial Number:'"));
        System.out.printf("CRL of %,d entries: %,d bytes, made in a %d MB heap%n", ENTRIES, Files.size(file), heap >> 20);
    }
}
