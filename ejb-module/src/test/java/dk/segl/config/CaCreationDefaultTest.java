package dk.segl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A start may create the CA by itself only on the embedded H2 database, unless configured (README, "CA keys"). */
class CaCreationDefaultTest {

    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of("embedded defaults", Optional.empty(), "jdbc:h2:file:./segl-data/db/segl", true),
                Arguments.of("PostgreSQL", Optional.empty(), "jdbc:postgresql://db/segl", false),
                Arguments.of("H2, turned off", Optional.of(false), "jdbc:h2:file:/srv/segl/db/segl", false),
                Arguments.of("PostgreSQL, turned on (a test's fresh schema)", Optional.of(true),
                        "jdbc:postgresql://db/segl", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void createsAtStartOnlyOnH2UnlessConfigured(String name, Optional<Boolean> configured, String url, boolean creates) {
        SeglConfig config = new SeglConfig();
        config.caCreateAtStart = configured;
        config.databaseUrl = url;
        assertEquals(creates, config.caCreateAtStart());
    }
}
