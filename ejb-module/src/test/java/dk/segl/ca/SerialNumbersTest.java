package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SerialNumbersTest {

    @Test
    void serialsArePositiveAndFitTwentyOctets() {
        SerialNumbers serials = new SerialNumbers();
        Set<BigInteger> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            BigInteger serial = serials.next().value();
            assertTrue(serial.signum() > 0);
            assertTrue(serial.toByteArray().length <= 20, () -> "too long: " + serial.toString(16));
            seen.add(serial);
        }
        assertEquals(2000, seen.size());
    }

    @Test
    void allOnesRandomStillFitsTwentyOctets() {
        BigInteger serial = new SerialNumbers(fixedRandom((byte) 0xff)).next().value();
        assertEquals(20, serial.toByteArray().length);
        assertEquals(159, serial.bitLength());
    }

    @Test
    void zeroFromTheRandomSourceIsDrawnAgain() {
        SecureRandom zeroThenOnes = new SecureRandom() {
            private boolean first = true;

            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, first ? (byte) 0 : (byte) 1);
                first = false;
            }
        };
        BigInteger serial = new SerialNumbers(zeroThenOnes).next().value();
        assertEquals(new BigInteger(1, filled((byte) 1)), serial);
    }

    private static SecureRandom fixedRandom(byte value) {
        return new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, value);
            }
        };
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[20];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
