package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.custody.CaIdentity;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyCustodyTest {

    private static final String STORE = "the key store /srv/segl/ca/ca.p12";
    private static final CaIdentity OURS = new CaIdentity("AA:01", "BB:01");
    private static final CaIdentity REISSUED = new CaIdentity("AA:01", "BB:02");
    private static final CaIdentity OTHER = new CaIdentity("CC:01", "DD:01");

    @Test
    void fingerprintIsOpensslsSha256Form() {
        String fingerprint = KeyCustody.fingerprint(TestCa.store().root().certificate());
        assertTrue(fingerprint.matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), fingerprint);
    }

    static Stream<Arguments> creation() {
        return Stream.of(
                Arguments.of("empty database, creation allowed", Optional.empty(), true, null),
                Arguments.of("empty database, creation off", Optional.empty(), false,
                        "segl.ca.create-at-start is false (the default unless the database is the embedded H2)."
                                + " Create the CA deliberately with `segl ca init`"),
                Arguments.of("database with a CA, key store gone", Optional.of(OURS), true,
                        "there is no CA in the key store /srv/segl/ca/ca.p12"),
                Arguments.of("database with a CA, creation off", Optional.of(OURS), false, "root certificate SHA-256 AA:01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creation")
    void creatingIsAllowedOnlyForADatabaseWithoutCa(String name, Optional<CaIdentity> recorded, boolean createAtStart,
            String refusal) {
        if (refusal == null) {
            assertDoesNotThrow(() -> KeyCustody.requireMayCreate(recorded, STORE, createAtStart));
        } else {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> KeyCustody.requireMayCreate(recorded, STORE, createAtStart));
            assertTrue(e.getMessage().startsWith("Segl refuses to start: "), e.getMessage());
            assertTrue(e.getMessage().contains(refusal), e.getMessage());
        }
    }

    static Stream<Arguments> matching() {
        return Stream.of(
                Arguments.of("the same CA", OURS, OURS, OURS, true),
                Arguments.of("issuing certificate re-issued at this start", OURS, REISSUED, OURS, true),
                Arguments.of("issuing certificate re-issued by another node", REISSUED, REISSUED, REISSUED, true),
                Arguments.of("another CA's keys", OURS, OTHER, OTHER, false),
                Arguments.of("the same root, another issuing CA", OURS, REISSUED, REISSUED, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matching")
    void aNodeSignsOnlyWithTheDatabasesCa(String name, CaIdentity recorded, CaIdentity found, CaIdentity foundBefore,
            boolean starts) {
        if (starts) {
            assertDoesNotThrow(() -> KeyCustody.requireSameCa(KeyCustody.REFUSAL, recorded, found, foundBefore, STORE));
        } else {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> KeyCustody.requireSameCa(KeyCustody.REFUSAL, recorded, found, foundBefore, STORE));
            assertEquals("Segl refuses to start: the key store /srv/segl/ca/ca.p12 holds the CA "
                    + KeyCustody.describe(foundBefore) + ", but this database belongs to the CA "
                    + KeyCustody.describe(recorded) + ". Signing with these keys would give the database a second CA."
                    + " Point SEGL_HOME (PKCS#12) or SEGL_CA_PKCS11_* (HSM) at the keys of the database's CA, or the"
                    + " database (SEGL_DB_URL) at the one of these keys (README, \"CA keys\").", e.getMessage());
        }
    }
}
