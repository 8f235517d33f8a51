package dk.segl.it;

import static dk.segl.it.Fixtures.order;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running Segl and comes back (DESIGN: nothing acknowledged is
 * lost, an outage delays and blocks nothing else): meanwhile readiness says DOWN, every request
 * that needs the database is answered 503 {@code database-unavailable} with {@code Retry-After}
 * (a page with a static page), nothing half-written stays, and once the database is back Segl
 * answers again by itself, with everything acknowledged before. Runs in its own failsafe execution
 * ({@code outage-postgresql}) against a PostgreSQL of its own ({@link PrivatePostgres}).
 */
class DatabaseOutage {

    private static final Path HOME = Path.of(System.getProperty("crash.home", "target/outage"));
    private static final Path REPORTS = Path.of(System.getProperty("crash.reports", "target/failsafe-reports/outage"));
    private static final Duration WAIT = Duration.ofMinutes(2);

    private static PrivatePostgres database;
    private static GreenMail mail;
    private static SeglProcess segl;

    @BeforeAll
    static void privateDatabaseMailServerAndSegl() throws IOException, InterruptedException {
        database = new PrivatePostgres(Integer.getInteger("outage.postgresql.port", 18532));
        database.init();
        database.start();
        mail = new GreenMail(new ServerSetup(Integer.getInteger("crash.smtp.port", 18525), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        mail.start();
        SeglProcess.deleteRecursively(HOME);
        segl = new SeglProcess(HOME, Integer.getInteger("crash.http.port", 18580), List.of(
                "-Dsegl.smtp.host=127.0.0.1", "-Dsegl.smtp.port=" + mail.getSmtp().getPort(),
                "-Dsegl.ldap.port=" + Integer.getInteger("crash.ldap.port", 18589), "-Dsegl.demo.enabled=true",
                "-Dsegl.https.port=" + Integer.getInteger("crash.https.port", 18543),
                "-Dsegl.db.datasource-class=org.postgresql.ds.PGSimpleDataSource",
                "-Dsegl.db.url=" + database.url("segl"), "-Dsegl.db.user=postgres", "-Dsegl.db.password=unused",
                // A fresh schema on PostgreSQL: the CA is made at the first start, not by `segl ca init`.
                "-Dsegl.ca.create-at-start=true",
                "-Dsegl.db.schema=segl"));
        segl.start(REPORTS.resolve("payara-outage.log"));
    }

    @AfterAll
    static void stopEverything() throws IOException, InterruptedException {
        if (segl != null) {
            segl.close();
        }
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void anOutageIsAnsweredUnavailableAndSeglRecoversWithEverythingAcknowledged() throws Exception {
        Api anonymous = Api.anonymous(segl.base());
        Fixtures fixtures = new Fixtures(anonymous, mail);
        Fixtures.Organisation organisation = fixtures.organisation();
        Fixtures.User user = fixtures.user(organisation, "Ulla Udfald");
        Fixtures.Ordered before = fixtures.ordered(organisation, user, order("USER_LOGIN", "HARDWARE", false));
        PageSession browser = new PageSession(segl.base()).login(user.login(), Fixtures.PASSWORD);

        database.stop();
        await("readiness DOWN").atMost(WAIT).until(() -> anonymous.get("/health/ready").status() == 503);
        assertAll(
                () -> unavailable(organisation.admin().get(organisation.certificates(user))),
                () -> unavailable(organisation.admin().post(organisation.certificates(user),
                        order("USER_LOGIN", "HARDWARE", false))),
                () -> unavailable(user.api().get("/api/v1/me")),
                () -> {
                    ApiResponse page = browser.get("/", "Accept", "text/html,application/xhtml+xml");
                    assertEquals(503, page.status(), page::toString);
                    assertEquals("10", page.headers().firstValue("Retry-After").orElse(""), page::toString);
                    assertTrue(page.text().contains("Segl is unavailable for a moment")
                            && page.text().contains("Segl er utilgængelig et øjeblik"), page::text);
                });

        database.start();
        await("readiness UP again").atMost(WAIT).until(() -> anonymous.get("/health/ready").status() == 200);
        ApiResponse listed = organisation.admin().get(organisation.certificates(user));
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(List.of(before.id()), listed.items().stream()
                        .map(item -> item.asJsonObject().getString("id")).toList(),
                "the order acknowledged before the outage is there, the one refused during it is not");
        assertEquals(200, fixtures.issue(user, before, Csrs.rsa(3072)).status(), "issuing works again");
        ApiResponse mine = browser.get("/mine.xhtml", "Accept", "text/html");
        assertEquals(200, mine.status(), "the page session goes on: " + mine.headers().map());
    }

    private static void unavailable(ApiResponse answer) {
        answer.assertRefused(503, "database-unavailable");
        assertEquals("10", answer.headers().firstValue("Retry-After").orElse(""), answer::toString);
    }
}
