package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a forger can do with Segl's pages: post a form into a logged-in administrator's session
 * (full or ajax postback, with a made-up view state, another session's, or from another site),
 * send the login elsewhere afterwards, slip past the login gate with an odd path, or keep a
 * session alive after its user is deleted. Each test shows the forged request changes nothing.
 */
class PageTrustIT extends SeglIT {

    private static final String PASSWORD = Fixtures.PASSWORD;

    /** The view state a forger could put in the post. */
    enum ViewState {
        MADE_UP, ANOTHER_SESSIONS
    }

    static Stream<Arguments> forgeries() {
        return Stream.of(ViewState.values()).flatMap(state -> Stream.of(false, true).map(ajax -> Arguments.of(
                Named.of((ajax ? "ajax" : "full") + " postback, " + state.name().toLowerCase().replace('_', ' ')
                        + " view state", ajax), state)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void aForgedPostDoesNotCreateAnOrganisationAdministrator(boolean ajax, ViewState state) {
        var org = fixtures.organisation();
        PageSession victim = new PageSession(base).login(org.adminLogin(), PASSWORD);
        victim.get("/users.xhtml");
        String viewState = switch (state) {
            case MADE_UP -> "-" + Math.abs(UUID.randomUUID().getMostSignificantBits()) + ":"
                    + Math.abs(UUID.randomUUID().getLeastSignificantBits());
            case ANOTHER_SESSIONS -> {
                var forger = fixtures.user(org, "Frida Forger", "USER_ADMINISTRATOR");
                yield PageSession.viewState(new PageSession(base).login(forger.login(), PASSWORD).get("/users.xhtml"));
            }
        };
        String mallory = "mallory" + UUID.randomUUID().toString().substring(0, 8);

        ApiResponse answer = victim.post("/users.xhtml", createAdministrator(mallory, viewState, ajax), "Origin", victim.origin());

        if (ajax) {
            assertTrue(answer.text().contains("/expired.xhtml"), answer::toString);
        } else {
            assertEquals(302, answer.status(), answer::toString);
            assertTrue(answer.headers().firstValue("Location").orElseThrow().endsWith("/expired.xhtml"));
        }
        assertFalse(exists(org, mallory), "the forged post created " + mallory);
    }

    @Test
    void theVictimsOwnViewStateCreatesTheAdministratorSoTheForgeriesAboveCouldHaveSucceeded() {
        var org = fixtures.organisation();
        PageSession admin = new PageSession(base).login(org.adminLogin(), PASSWORD);
        ApiResponse page = admin.get("/users.xhtml");
        String created = "olga" + UUID.randomUUID().toString().substring(0, 8);

        admin.post("/users.xhtml", createAdministrator(created, page), "Origin", admin.origin());

        assertTrue(exists(org, created));
    }

    static Stream<Arguments> foreignOrigins() {
        Function<PageSession, String[]> evilOrigin = s -> new String[] {"Origin", "https://evil.example"};
        Function<PageSession, String[]> nullOrigin = s -> new String[] {"Origin", "null"};
        Function<PageSession, String[]> evilReferer = s -> new String[] {"Referer", "https://evil.example/form.html"};
        Function<PageSession, String[]> lookalike = s -> new String[] {"Referer", s.origin() + ".evil.example/users.xhtml"};
        Function<PageSession, String[]> neither = s -> new String[0];
        return Stream.of(Arguments.of(Named.of("Origin of another site", evilOrigin)),
                Arguments.of(Named.of("Origin null (a sandboxed or privacy-stripped page)", nullOrigin)),
                Arguments.of(Named.of("no Origin, Referer of another site", evilReferer)),
                Arguments.of(Named.of("no Origin, Referer of a look-alike host", lookalike)),
                Arguments.of(Named.of("neither Origin nor Referer", neither)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignOrigins")
    void aPostFromAnotherOriginIsRefusedEvenWithTheRealViewState(Function<PageSession, String[]> headers) {
        var org = fixtures.organisation();
        PageSession admin = new PageSession(base).login(org.adminLogin(), PASSWORD);
        ApiResponse page = admin.get("/users.xhtml");
        String mallory = "mallory" + UUID.randomUUID().toString().substring(0, 8);

        ApiResponse answer = admin.post("/users.xhtml", createAdministrator(mallory, page), headers.apply(admin));

        assertEquals(403, answer.status(), answer::toString);
        assertEquals("origin-not-segl", answer.rule());
        assertFalse(exists(org, mallory));
    }

    @Test
    void aRefererOfSeglsOwnPagesIsEnoughWhenTheBrowserSendsNoOrigin() {
        var org = fixtures.organisation();
        PageSession admin = new PageSession(base).login(org.adminLogin(), PASSWORD);
        ApiResponse page = admin.get("/users.xhtml");
        String created = "olga" + UUID.randomUUID().toString().substring(0, 8);

        admin.post("/users.xhtml", createAdministrator(created, page), "Referer", admin.origin() + "/users.xhtml");

        assertTrue(exists(org, created));
    }

    @Test
    void afterLoginTheVisitorOnlyEverReturnsToAPathOfSeglsOwn() {
        var org = fixtures.organisation();
        PageSession visitor = new PageSession(base);
        ApiResponse gate = visitor.get("//evil.example/users.xhtml");
        assertEquals(302, gate.status(), gate::toString);

        ApiResponse login = loginFrom(visitor, org.adminLogin());

        String location = login.headers().firstValue("Location").orElseThrow();
        assertFalse(location.contains("evil.example"), location);
        assertTrue(location.startsWith(visitor.origin() + "/"), location);
    }

    @Test
    void afterLoginTheVisitorReturnsToThePageTheyAskedFor() {
        var org = fixtures.organisation();
        PageSession visitor = new PageSession(base);
        visitor.get("/settings.xhtml?x=1");

        ApiResponse login = loginFrom(visitor, org.adminLogin());

        assertEquals(visitor.origin() + "/settings.xhtml?x=1", login.headers().firstValue("Location").orElseThrow());
    }

    static Stream<Named<String>> disguisedPaths() {
        return Stream.of(Named.of("path parameter", "/users.xhtml;x=1"), Named.of("encoded dot segment", "/%2e/users.xhtml"),
                Named.of("dot segment", "/x/../users.xhtml"), Named.of("jsessionid parameter", "/settings.xhtml;jsessionid=1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disguisedPaths")
    void theLoginGateSeesThroughADisguisedPath(String path) {
        ApiResponse answer = new PageSession(base).get(path);

        assertTrue(answer.status() == 302 || answer.status() == 400 || answer.status() == 404, answer::toString);
        if (answer.status() == 302) {
            assertTrue(answer.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"), answer::toString);
        }
        assertFalse(answer.text().contains("users:list"), "the page was rendered for an anonymous visitor");
    }

    @Test
    void aDeletedUsersPageSessionEndsAndNeverPassesToAnotherUser() {
        var org = fixtures.organisation();
        var departing = fixtures.user(org, "Dorte Departing", "USER_ADMINISTRATOR");
        PageSession session = new PageSession(base).login(departing.login(), PASSWORD);
        assertEquals(200, session.get("/users.xhtml").status());

        ApiResponse deleted = org.admin().delete(org.users() + "/" + departing.id());
        assertEquals(204, deleted.status(), deleted::toString);

        ApiResponse after = session.get("/users.xhtml");
        assertEquals(302, after.status(), after::toString);
        assertTrue(after.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
        assertEquals(302, session.get("/users.xhtml").status(), "the session stays ended");
    }

    @Test
    void answersToALoggedInCallerAreNotStored() {
        var org = fixtures.organisation();
        PageSession admin = new PageSession(base).login(org.adminLogin(), PASSWORD);

        for (ApiResponse answer : new ApiResponse[] {admin.get("/users.xhtml"), admin.get("/settings.xhtml"),
                org.admin().get(org.users()), org.admin().get("/api/v1/me")}) {
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), answer::toString);
        }
    }

    private static ApiResponse loginFrom(PageSession visitor, String login) {
        String viewState = PageSession.viewState(visitor.get("/login.xhtml"));
        ApiResponse answer = visitor.post("/login.xhtml", PageSession.form("login", "login", "login:loginName", login,
                "login:password", PASSWORD, "login:submit", "", "jakarta.faces.ViewState", viewState), "Origin", visitor.origin());
        assertEquals(302, answer.status(), answer::toString);
        return answer;
    }

    /** "Create user" in Menu > Users, with the organisation administrator role ticked. */
    private static Map<String, String> createAdministrator(String login, String viewState, boolean ajax) {
        return createAdministrator(login, viewState, ajax, UUID.randomUUID().toString());
    }

    private static Map<String, String> createAdministrator(String login, ApiResponse page) {
        return createAdministrator(login, PageSession.viewState(page), true, PageSession.nonce(page));
    }

    private static Map<String, String> createAdministrator(String login, String viewState, boolean ajax, String nonce) {
        Map<String, String> form = PageSession.form("createForm", "createForm", "createForm:newName", "Mallory " + login,
                "createForm:newEmail", login + "@evil.example", "createForm:newLoginName", login,
                "createForm:newRoles", "ORGANISATION_ADMINISTRATOR", "jakarta.faces.ViewState", viewState);
        if (ajax) {
            form.putAll(PageSession.form("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "createForm:save",
                    "jakarta.faces.partial.execute", "@all", "jakarta.faces.partial.render", "createForm users:list",
                    "createForm:save", "createForm:save", "primefaces.nonce", nonce));
        } else {
            form.put("createForm:save", "");
        }
        return form;
    }

    private boolean exists(Fixtures.Organisation org, String login) {
        ApiResponse found = org.admin().get(org.users() + "?query=" + login);
        assertEquals(200, found.status(), found::toString);
        return !found.items().isEmpty();
    }
}
