package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's page session without the browser: a cookie jar, the pages' HTML and their forms
 * posted by hand, which is what a forger does. Redirects are not followed, so a test sees them.
 */
final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    PageSession(URL base) {
        this.base = URI.create(base.toString().replaceAll("/$", ""));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Segl's own origin as a browser on its pages sends it. */
    String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    /** Logs in through the login form, as a browser on the login page does. */
    PageSession login(String loginName, String password) {
        String viewState = viewState(get("/login.xhtml"));
        ApiResponse answer = post("/login.xhtml", form("login", "login", "login:loginName", loginName,
                "login:password", password, "login:submit", "", "jakarta.faces.ViewState", viewState), "Origin", origin());
        assertEquals(302, answer.status(), answer::toString);
        return this;
    }

    /** A GET; {@code headers} are name, value pairs (Accept, as a browser sends it). */
    ApiResponse get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A form post; {@code headers} are name, value pairs (Origin, Referer, Faces-Request). */
    ApiResponse post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (form.containsKey("jakarta.faces.partial.ajax")) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(request);
    }

    /** The nonce of the page's Content-Security-Policy, which PrimeFaces sends back with every ajax request. */
    static String nonce(ApiResponse page) {
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        return policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
    }

    static String viewState(ApiResponse page) {
        Matcher matcher = VIEW_STATE.matcher(page.text());
        if (!matcher.find()) {
            throw new AssertionError("No view state on the page: " + page);
        }
        return matcher.group(1);
    }

    private ApiResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("Segl did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Form fields in the order given (a Map.of has none). */
    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
