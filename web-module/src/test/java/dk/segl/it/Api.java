package dk.segl.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A client of Segl's HTTP interface, logged in as one user (or anonymous). */
public final class Api {

    /** HTTP/1.1: the JDK client's cleartext HTTP/2 upgrade attempt was seen to break a connection to Payara. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;
    private final HttpClient client;

    private Api(URI base, String authorization, HttpClient client) {
        this.base = base;
        this.authorization = authorization;
        this.client = client;
    }

    public static Api anonymous(URL base) {
        return new Api(URI.create(base.toString().replaceAll("/$", "")), null, HTTP);
    }

    /** Over HTTPS with this TLS set-up (which CAs to trust, which client certificate to present). */
    public static Api https(URI base, javax.net.ssl.SSLContext tls) {
        return new Api(base, null, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).sslContext(tls).build());
    }

    public Api as(String login, String password) {
        return new Api(base, "Basic " + Base64.getEncoder()
                .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)), client);
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    public ApiResponse get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    public ApiResponse post(String path, JsonObject body) {
        return send(request(path, "Content-Type", "application/json").POST(json(body)));
    }

    public ApiResponse put(String path, JsonObject body) {
        return send(request(path, "Content-Type", "application/json").PUT(json(body)));
    }

    public ApiResponse patch(String path, JsonObject body) {
        return send(request(path, "Content-Type", "application/merge-patch+json").method("PATCH", json(body)));
    }

    public ApiResponse postRaw(String path, String body, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public ApiResponse postBytes(String path, byte[] body, String... headers) {
        return send(request(path, headers).POST(body.length == 0
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Any method with any bytes as the body, e.g. what an attacker sends. */
    public ApiResponse send(String method, String path, byte[] body, String... headers) {
        return send(request(path, headers).method(method, body.length == 0
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher json(JsonObject body) {
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    private ApiResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("Segl did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
