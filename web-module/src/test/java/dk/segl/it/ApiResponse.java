package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** What an HTTP call answered: status, headers and body, with readers for JSON and problems. */
public record ApiResponse(int status, HttpHeaders headers, byte[] body) {

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonObject json() {
        try (var reader = Json.createReader(new StringReader(text()))) {
            return reader.readObject();
        }
    }

    public JsonArray items() {
        return json().getJsonArray("items");
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    /** The rule a problem+json answer names; fails unless the answer is one. */
    public String rule() {
        if (!contentType().startsWith("application/problem+json")) {
            throw new AssertionError("Expected application/problem+json, got " + contentType() + ": " + text());
        }
        return json().getString("rule");
    }

    /** Fails unless this is a refusal with the status and the rule, and a detail a person can read. */
    public void assertRefused(int wanted, String wantedRule) {
        assertEquals(wanted, status, this::toString);
        assertEquals(wantedRule, rule(), this::toString);
        assertTrue(json().getString("detail").length() > 10, this::toString);
    }

    @Override
    public String toString() {
        return status + " " + text();
    }
}
