package dk.segl.web.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.segl.error.DomainException;
import dk.segl.error.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"a\":{\"b\":[1,[2]]}}", "{\"a\":\"[[[[[[[[[[\"}", "{\"a\":\"\\\"[[[[[[[[[[\"}"})
    void bracketsInsideStringsDoNotCount(String json) {
        assertDoesNotThrow(() -> JsonBodyReader.requireDepthAtMost(json, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}", "[[[[[", "{\"a\":\"\\\\\",\"b\":[[[[[]]]]]}"})
    void deeperThanTheLimitIsRefused(String json) {
        DomainException e = assertThrows(DomainException.class, () -> JsonBodyReader.requireDepthAtMost(json, 4));
        assertEquals(Rule.JSON_TOO_DEEP, e.rule());
    }
}
