package dk.segl.web.api;

import dk.segl.error.Rule;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem answer. {@code rule} names the rule that refused the request, also as the
 * {@code type} URN, so clients can act on it without parsing the text.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);

    private Problem() {
    }

    public static String json(int status, String title, Rule rule, String detail) {
        return Json.createObjectBuilder()
                .add("type", "urn:segl:problem:" + rule.id())
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail)
                .add("rule", rule.id())
                .build().toString();
    }

    public static Response response(int status, String title, Rule rule, String detail) {
        return Response.status(status).type(TYPE).entity(json(status, title, rule, detail)).build();
    }
}
