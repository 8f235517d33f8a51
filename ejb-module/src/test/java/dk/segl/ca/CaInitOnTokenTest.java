package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code segl ca init} on a fresh SoftHSM2 token (web-module/src/test/softhsm/fresh-token.sh), run
 * as the operator runs it: a process of its own with SEGL_* environment variables and the PIN in a
 * file. A process because SoftHSM2 reads its token folder once per process, and
 * {@link Pkcs11CaKeyStoreTest} has its own.
 */
class CaInitOnTokenTest {

    private static final String PIN = "segl-token-pin";
    private static final Path FOLDER = Path.of("target/softhsm-init").toAbsolutePath();
    private static final Path HOME = Path.of("target/softhsm-init-home").toAbsolutePath();

    @BeforeAll
    static void freshToken() throws Exception {
        Process token = new ProcessBuilder("../web-module/src/test/softhsm/fresh-token.sh", FOLDER.toString(),
                HOME.toString(), "segl-init", "segl-token-so-pin", PIN).inheritIO().start();
        assertEquals(0, token.waitFor(), "fresh-token.sh");
        Files.createDirectories(HOME);
        Files.writeString(FOLDER.resolve("pin"), PIN);
    }

    static Stream<Arguments> onTheToken() {
        return Stream.of(
                Arguments.of("init on a fresh token", "db/segl", List.of("ca", "init"), 0,
                        "Created the CA with root certificate SHA-256 "),
                Arguments.of("init again, on a new database: the token holds a CA", "db/other", List.of("ca", "init"), 1,
                        "segl ca init refuses: the PKCS#11 token at slotListIndex 0 of /usr/lib/softhsm/libsofthsm2.so"
                                + " already holds a CA."),
                Arguments.of("reissue on the token", "db/segl", List.of("ca", "reissue"), 1,
                        "segl ca reissue refuses: re-issuing the issuing CA certificate on a PKCS#11 token is not"
                                + " supported yet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("onTheToken")
    void theCommandWorksOnTheToken(String name, String database, List<String> command, int exit, String says)
            throws Exception {
        ProcessBuilder segl = new ProcessBuilder(Stream.concat(Stream.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                "dk.segl.command.Segl"), command.stream()).toList()).redirectErrorStream(true);
        segl.environment().putAll(Map.of("SOFTHSM2_CONF", FOLDER.resolve("softhsm2.conf").toString(),
                "SEGL_HOME", HOME.toString(), "SEGL_DB_URL", "jdbc:h2:file:" + HOME.resolve(database),
                "SEGL_CA_PKCS11_LIBRARY", Pkcs11CaKeyStoreTest.LIBRARY,
                "SEGL_CA_PKCS11_PIN_FILE", FOLDER.resolve("pin").toString()));
        Process run = segl.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(exit, run.waitFor(), output);
        assertTrue(output.contains(says), output);
        assertFalse(output.contains(PIN), "the PIN is never printed");
        assertFalse(Files.exists(HOME.resolve("ca/ca.p12")), "no PKCS#12 key store beside the token");
    }

}
