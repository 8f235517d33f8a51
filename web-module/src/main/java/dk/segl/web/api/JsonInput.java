package dk.segl.web.api;

import dk.segl.error.Rule;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/** Reads fields of a JSON request body, refusing wrong types with the field's name. */
final class JsonInput {

    private final JsonObject body;

    private JsonInput(JsonObject body) {
        this.body = body;
    }

    static JsonInput of(JsonObject body) {
        if (body == null) {
            throw Rule.BODY_REQUIRED.refusal();
        }
        return new JsonInput(body);
    }

    Optional<String> string(String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString s)) {
            throw Rule.FIELD_TYPE.refusal(field + " must be a string");
        }
        return Optional.of(s.getString());
    }

    String requiredString(String field) {
        return string(field).orElseThrow(() -> Rule.FIELD_REQUIRED.refusal(field + " is required"));
    }

    Optional<Boolean> bool(String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw Rule.FIELD_TYPE.refusal(field + " must be true or false");
        }
        return Optional.of(value == JsonValue.TRUE);
    }

    Optional<List<String>> strings(String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(v -> v instanceof JsonString)) {
            throw Rule.FIELD_TYPE.refusal(field + " must be a list of strings");
        }
        return Optional.of(array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    }

    JsonInput object(String field) {
        JsonValue value = body.get(field);
        if (!(value instanceof JsonObject o)) {
            throw Rule.FIELD_REQUIRED.refusal(field + " must be an object");
        }
        return new JsonInput(o);
    }
}
