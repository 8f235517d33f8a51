package dk.segl.web.api;

import dk.segl.error.Rule;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Every JSON request body of the API, read before any resource sees it: one object, nothing
 * after it, strict UTF-8, at most {@code segl.api.max-json-bytes} bytes (see {@link BoundedBody}) and
 * {@link #MAX_DEPTH} levels deep. Anything else is a 4xx naming the rule, decided before the
 * parser builds anything, so no body a client sends can exhaust memory or the stack.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json", "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<JsonObject> {

    /** Segl's deepest request is an organisation with its administrator: two levels. */
    static final int MAX_DEPTH = 8;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream body) {
        String text = BoundedBody.json(body);
        if (text.isBlank()) {
            throw Rule.BODY_REQUIRED.refusal("A JSON object is required as the request body");
        }
        requireDepthAtMost(text, MAX_DEPTH);
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw Rule.JSON_NOT_OBJECT.refusal("The request body must be one JSON object");
            }
            JsonObject object = parser.getObject();
            if (hasMore(parser)) {
                throw Rule.JSON_TRAILING_CONTENT.refusal("Nothing may follow the JSON object");
            }
            return object;
        } catch (JsonException | NumberFormatException | UnsupportedOperationException e) {
            // Parsson refuses numbers with too many digits with UnsupportedOperationException.
            throw Rule.JSON_MALFORMED.refusal("The request body is not valid JSON");
        }
    }

    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonException e) {
            return true;
        }
    }

    /** Counts brackets outside strings, so a deep body is refused before a recursive parser meets it. */
    static void requireDepthAtMost(String text, int maxDepth) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > maxDepth) {
                    throw Rule.JSON_TOO_DEEP.refusal("JSON nested deeper than " + maxDepth + " levels");
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }
}
