package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One text form for serial numbers: 40 upper-case hex digits, zero-padded. */
class SerialNumberTest {

    @Test
    void printsFortyUpperCaseHexDigits() {
        assertEquals("000000000000000000000000000000000000000A", new SerialNumber(BigInteger.TEN).toString());
        SerialNumber full = new SerialNumber(new BigInteger("7f0102030405060708090a0b0c0d0e0f10111213", 16));
        assertEquals("7F0102030405060708090A0B0C0D0E0F10111213", full.toString());
        assertEquals(full, SerialNumber.parse(full.toString()).orElseThrow());
        assertEquals(full, SerialNumber.parse("7f0102030405060708090a0b0c0d0e0f10111213").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "xyz", "0x10", "FF00000000000000000000000000000000000000",
            "10000000000000000000000000000000000000000"})
    void parseRefusesWhatIsNotASerial(String text) {
        assertTrue(SerialNumber.parse(text).isEmpty());
    }

    @Test
    void aSerialOutsideRfc5280IsABugNotARefusal() {
        assertThrows(IllegalArgumentException.class, () -> new SerialNumber(BigInteger.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new SerialNumber(BigInteger.ONE.shiftLeft(160)));
    }
}
