package dk.segl.web.api;

import dk.segl.error.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A request body read with a limit: never more than the limit plus one byte is held, whatever the
 * client sends or claims in Content-Length, and the bytes must be strict UTF-8. The limits are
 * {@code segl.api.max-json-bytes} (64 KiB) and {@code segl.import.max-bytes} (1 MiB).
 */
public final class BoundedBody {

    private static final int JSON_BYTES = limit("segl.api.max-json-bytes", 64 * 1024);
    private static final int CSV_BYTES = limit("segl.import.max-bytes", 1024 * 1024);

    private BoundedBody() {
    }

    public static String json(InputStream body) {
        return utf8(body, JSON_BYTES, "JSON");
    }

    /** A CSV file of users to import, from the API or the import page. */
    public static String csv(InputStream body) {
        return utf8(body, CSV_BYTES, "CSV");
    }

    private static int limit(String key, int fallback) {
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(fallback);
    }

    /** The body as text; {@link TooLarge} past {@code maxBytes}, {@code body-not-utf8} for malformed UTF-8. */
    private static String utf8(InputStream body, int maxBytes, String what) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw new TooLarge(what + " bodies may have at most " + maxBytes + " bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Rule.BODY_NOT_UTF8.refusal("The request body is not valid UTF-8");
        }
    }

    /** A body over its limit: answered 413, the rule {@code body-too-large}. */
    public static final class TooLarge extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooLarge(String detail) {
            super(detail, null, false, false);
        }
    }
}
