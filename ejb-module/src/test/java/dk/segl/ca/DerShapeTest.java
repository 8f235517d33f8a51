package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DerShapeTest {

    @ParameterizedTest(name = "{0} levels")
    @ValueSource(ints = {1, 2, DerShape.MAX_DEPTH})
    void acceptsNestingUpToTheLimit(int depth) throws IOException {
        assertTrue(DerShape.fits(nested(depth)));
    }

    @ParameterizedTest(name = "{0} levels")
    @ValueSource(ints = {DerShape.MAX_DEPTH + 1, 1000})
    void refusesNestingBeyondTheLimit(int depth) throws IOException {
        assertFalse(DerShape.fits(nested(depth)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"30 00", "04 00", "9f 81 00 01 2a", "30 81 03 02 01 05"})
    void acceptsOneValue(String hex) {
        assertTrue(DerShape.fits(bytes(hex)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "30", "30 80 00 00", "30 03 02 01", "30 00 00", "30 02 02 01 05",
        "02 84 ff ff ff ff 00", "9f 81 81 81 81 00 00", "30 03 02 02 05"})
    void refusesAnythingElse(String hex) {
        assertFalse(DerShape.fits(bytes(hex)));
    }

    /** A string wrapped in {@code depth} levels, explicit tags and sequences in turn, encoded by Bouncy Castle. */
    private static byte[] nested(int depth) throws IOException {
        ASN1Encodable value = new DERUTF8String("x");
        for (int level = 0; level < depth; level++) {
            value = level % 2 == 0 ? new DERSequence(value) : new DERTaggedObject(true, 0, value);
        }
        return value.toASN1Primitive().getEncoded();
    }

    private static byte[] bytes(String hex) {
        String digits = hex.replace(" ", "");
        byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
