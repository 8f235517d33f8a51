package dk.segl.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Password guessing over HTTP Basic and the login form. The test server locks for 10 s
 * ({@code segl.login.throttle.base-delay} in web-module/pom.xml: long enough for a loaded machine
 * to ask again within the lock) after 5 failures for one login name or 20 from one address. Every
 * guessing client here connects from a loopback address of its own ({@link ClientAt}), so the
 * other tests, all from 127.0.0.1, are never throttled.
 */
class LoginThrottleIT extends SeglIT {

    private static final long BASE_DELAY_SECONDS = 10;
    private static final int ACCOUNT_FAILURES = 5;
    private static final int ADDRESS_FAILURES = 20;
    private static final Duration LOCK_ENDS_WITHIN = Duration.ofSeconds(90);

    @Test
    void wrongPasswordsOverHttpBasicLockTheAccountUntilTheLockEnds() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Tove Throttle");
        var colleague = fixtures.user(org, "Carl Colleague");
        ClientAt guesser = ClientAt.newAddress(base);

        ClientAt.Answer locked = guessUntilLocked(guesser, user.login());
        assertFalse(locked.header("WWW-Authenticate").isPresent(), "429 asks to wait, not to log in again");

        assertThrottled(me(guesser, user.login(), Fixtures.PASSWORD));
        assertThrottled(me(ClientAt.newAddress(base), user.login(), Fixtures.PASSWORD));
        assertEquals(200, me(guesser, colleague.login(), Fixtures.PASSWORD).status(), "other accounts are not locked");
        assertEquals(1, Database.auditEntries("login.throttle", "account:" + user.login()),
                "one audit entry for the lock, none for the refused requests");

        await().atMost(LOCK_ENDS_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> me(guesser, user.login(), Fixtures.PASSWORD).status() == 200);
        assertEquals(401, me(guesser, user.login(), "wrong-again").status(), "the success ended the count");
    }

    @Test
    void eachFailureAfterALockDoublesTheNextLock() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Dagmar Doubling");
        ClientAt guesser = ClientAt.newAddress(base);
        guessUntilLocked(guesser, user.login());

        // Refused while locked (not counted); the first guess after the lock is counted and locks twice as long.
        ClientAt.Answer doubled = await().atMost(LOCK_ENDS_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> me(guesser, user.login(), "wrong-guess-6"), answer -> answer.status() == 429
                        && answer.retryAfter() > BASE_DELAY_SECONDS);
        assertTrue(doubled.retryAfter() <= 2 * BASE_DELAY_SECONDS, doubled::toString);
        assertEquals(2, Database.auditEntries("login.throttle", "account:" + user.login()));
    }

    @Test
    void manyLoginNamesFromOneAddressLockTheAddress() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Asta Address");
        ClientAt sprayer = ClientAt.newAddress(base);

        for (int i = 1; i < ADDRESS_FAILURES; i++) {
            assertEquals(401, me(sprayer, "nobody-" + UUID.randomUUID(), "guess").status());
        }
        assertThrottled(me(sprayer, "nobody-" + UUID.randomUUID(), "guess"));
        assertThrottled(me(sprayer, user.login(), Fixtures.PASSWORD));
        assertEquals(200, me(ClientAt.newAddress(base), user.login(), Fixtures.PASSWORD).status(),
                "the account itself is not locked, only the address");
        assertEquals(1, Database.auditEntries("login.throttle", "address:" + sprayer.address()));

        await().atMost(LOCK_ENDS_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> me(sprayer, user.login(), Fixtures.PASSWORD).status() == 200);
    }

    @Test
    void theLoginFormIsThrottledAndSaysSoWithoutTellingWhetherTheAccountExists() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Frida Form");
        ClientAt guesser = ClientAt.newAddress(base);
        LoginForm english = LoginForm.open(guesser, "en");

        for (int i = 1; i < ACCOUNT_FAILURES; i++) {
            ClientAt.Answer refused = english.submit(user.login(), "wrong-guess-" + i);
            assertTrue(refused.body().contains("The login name or password is wrong"), refused::toString);
        }
        ClientAt.Answer locked = english.submit(user.login(), "wrong-guess-5");
        assertFormThrottled(locked, "Too many failed logins. Try again in ");
        assertFormThrottled(english.submit(user.login(), Fixtures.PASSWORD), "Too many failed logins. Try again in ");
        assertFormThrottled(LoginForm.open(guesser, "da").submit(user.login(), Fixtures.PASSWORD),
                "For mange mislykkede log ind-fors");

        String nobody = "nobody-" + UUID.randomUUID();
        ClientAt.Answer unknown = null;
        LoginForm other = LoginForm.open(ClientAt.newAddress(base), "en");
        for (int i = 1; i <= ACCOUNT_FAILURES; i++) {
            unknown = other.submit(nobody, "wrong-guess-" + i);
        }
        assertFormThrottled(unknown, "Too many failed logins. Try again in ");

        ClientAt.Answer loggedIn = await().atMost(LOCK_ENDS_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> LoginForm.open(guesser, "en").submit(user.login(), Fixtures.PASSWORD),
                        answer -> answer.status() == 302);
        assertTrue(loggedIn.header("Location").orElse("").endsWith("/mine.xhtml"), loggedIn::toString);
    }

    /** Wrong passwords: refused as usual until the one that reaches the limit, which is answered with the lock. */
    private static ClientAt.Answer guessUntilLocked(ClientAt guesser, String login) {
        for (int i = 1; i < ACCOUNT_FAILURES; i++) {
            ClientAt.Answer refused = me(guesser, login, "wrong-guess-" + i);
            assertEquals(401, refused.status(), refused::toString);
            assertEquals("login-failed", rule(refused));
            assertTrue(refused.header("WWW-Authenticate").orElse("").startsWith("Basic realm=\"Segl\""));
        }
        ClientAt.Answer locked = me(guesser, login, "wrong-guess-" + ACCOUNT_FAILURES);
        assertThrottled(locked);
        return locked;
    }

    private static ClientAt.Answer me(ClientAt client, String login, String password) {
        return client.get("/api/v1/me", "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertThrottled(ClientAt.Answer answer) {
        assertEquals(429, answer.status(), answer::toString);
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"), answer::toString);
        assertEquals("login-throttled", rule(answer));
        assertRetryAfterWithinTheLock(answer);
    }

    private static void assertFormThrottled(ClientAt.Answer answer, String message) {
        assertEquals(429, answer.status(), answer::toString);
        assertTrue(answer.body().contains(message), answer::toString);
        assertRetryAfterWithinTheLock(answer);
    }

    private static void assertRetryAfterWithinTheLock(ClientAt.Answer answer) {
        long seconds = answer.retryAfter();
        assertTrue(seconds >= 1 && seconds <= BASE_DELAY_SECONDS, () -> "Retry-After " + seconds + ": " + answer);
    }

    private static String rule(ClientAt.Answer answer) {
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            JsonObject problem = reader.readObject();
            return problem.getString("rule");
        }
    }

    /** The login page as a browser without scripts uses it: its session cookie, its view state, a language. */
    private static final class LoginForm {

        private static final Pattern VIEW_STATE = Pattern.compile(
                "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
        private static final Pattern SESSION = Pattern.compile("^JSESSIONID=([^;]+)");
        /** PrimeFaces' CSP mode refuses a postback without the page's nonce, which its script would add. */
        private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

        private final ClientAt client;
        private final String language;
        private String cookie;
        private String viewState;
        private String nonce;

        private LoginForm(ClientAt client, String language) {
            this.client = client;
            this.language = language;
        }

        static LoginForm open(ClientAt client, String language) {
            LoginForm form = new LoginForm(client, language);
            form.read(client.get("/login.xhtml", "Accept-Language", language));
            return form;
        }

        ClientAt.Answer submit(String login, String password) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("login", "login");
            fields.put("login:loginName", login);
            fields.put("login:password", password);
            fields.put("login:submit", "");
            fields.put("jakarta.faces.ViewState", viewState);
            fields.put("primefaces.nonce", nonce);
            ClientAt.Answer answer = client.postForm("/login.xhtml", fields, "Accept-Language", language,
                    "Cookie", "JSESSIONID=" + cookie, "Origin", "http://" + client.host());
            if (answer.status() != 302) {
                read(answer);
            }
            return answer;
        }

        private void read(ClientAt.Answer page) {
            page.headers().getOrDefault("set-cookie", List.of()).stream().map(SESSION::matcher).filter(Matcher::find)
                    .forEach(m -> cookie = m.group(1));
            Matcher state = VIEW_STATE.matcher(page.body());
            assertTrue(state.find(), () -> "No view state in " + page);
            viewState = state.group(1).replace("&#58;", ":").replace("&#x3a;", ":");
            Matcher policy = NONCE.matcher(page.header("Content-Security-Policy").orElse(""));
            assertTrue(policy.find(), () -> "No CSP nonce in " + page);
            nonce = policy.group(1);
        }
    }
}
