package dk.segl.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageTest {

    private static final OffsetDateTime WINTER = OffsetDateTime.parse("2029-11-30T13:05:00Z");
    private static final OffsetDateTime SUMMER = OffsetDateTime.parse("2029-06-30T12:05:00Z");

    static Stream<Arguments> moments() {
        return Stream.of(
                Arguments.of(Language.DANISH, WINTER, "30.11.2029 14:05", "30.11.2029 14:05 CET"),
                Arguments.of(Language.ENGLISH, WINTER, "30 Nov 2029, 14:05", "30 Nov 2029, 14:05 CET"),
                Arguments.of(Language.DANISH, SUMMER, "30.06.2029 14:05", "30.06.2029 14:05 CEST"),
                Arguments.of(Language.ENGLISH, SUMMER, "30 Jun 2029, 14:05", "30 Jun 2029, 14:05 CEST"));
    }

    @ParameterizedTest(name = "{0} writes {1} as {2}")
    @MethodSource("moments")
    void momentsAreWrittenInDanishTimeAsEachLanguageWritesThem(Language language, OffsetDateTime time,
                                                              String moment, String withZone) {
        assertEquals(moment, language.moment(time));
        assertEquals(withZone, language.momentWithZone(time));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("codes")
    void languagesAreKnownByTheirCode(String code, Optional<Language> language) {
        assertEquals(language, Language.of(code));
    }

    static Stream<Arguments> codes() {
        return Stream.of(Arguments.of("da", Optional.of(Language.DANISH)), Arguments.of("EN", Optional.of(Language.ENGLISH)),
                Arguments.of("de", Optional.empty()), Arguments.of(null, Optional.empty()));
    }
}
