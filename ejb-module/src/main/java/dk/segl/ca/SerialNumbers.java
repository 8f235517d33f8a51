package dk.segl.ca;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Certificate serial numbers: 20 random bytes, as the CA/B Forum asks for unpredictability.
 * Uniqueness is the database's job; this only makes collisions vanishingly rare.
 */
public final class SerialNumbers {

    private static final int BYTES = 20;

    private final SecureRandom random;

    public SerialNumbers() {
        this(new SecureRandom());
    }

    public SerialNumbers(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Positive and non-zero; clearing the top bit keeps the DER INTEGER within RFC 5280's 20 octets. */
    public SerialNumber next() {
        byte[] bytes = new byte[BYTES];
        BigInteger serial;
        do {
            random.nextBytes(bytes);
            bytes[0] &= 0x7f;
            serial = new BigInteger(1, bytes);
        } while (serial.signum() == 0);
        return new SerialNumber(serial);
    }
}
