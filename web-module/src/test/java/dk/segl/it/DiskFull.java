package dk.segl.it;

import static dk.segl.it.Fixtures.order;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * SEGL_HOME's disk fills up under a running Segl on the embedded database, and is freed again
 * (DESIGN: nothing acknowledged is lost): while it is below the storage reserve, readiness is DOWN,
 * every change is refused 503 {@code storage-full} with {@code Retry-After} (never a 500, never
 * H2 meeting the full disk) and what was stored can still be read; once space is freed Segl takes
 * orders again by itself, without a restart, every acknowledged order is there, and it still is
 * after a kill -9 and a restart (the database file was not corrupted). Runs in its own failsafe
 * execution ({@code diskfull-h2}) with SEGL_HOME on a tmpfs of its own ({@link SmallDisk}).
 */
class DiskFull {

    private static final Path HOME = Path.of(System.getProperty("crash.home", "target/diskfull"));
    private static final Path REPORTS = Path.of(System.getProperty("crash.reports", "target/failsafe-reports/diskfull"));
    private static final int REFUSALS = 5;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static SmallDisk disk;
    private static GreenMail mail;
    private static SeglProcess segl;

    @BeforeAll
    static void smallDiskMailServerAndSegl() throws Exception {
        disk = new SmallDisk(HOME, System.getProperty("diskfull.size", "400m"));
        mail = new GreenMail(new ServerSetup(Integer.getInteger("crash.smtp.port", 18525), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        mail.start();
        segl = new SeglProcess(HOME, Integer.getInteger("crash.http.port", 18580), List.of(
                "-Dsegl.smtp.host=127.0.0.1", "-Dsegl.smtp.port=" + mail.getSmtp().getPort(),
                "-Dsegl.ldap.port=" + Integer.getInteger("crash.ldap.port", 18589), "-Dsegl.demo.enabled=true",
                "-Dsegl.https.port=" + Integer.getInteger("crash.https.port", 18543)));
        segl.start(REPORTS.resolve("payara-diskfull.log"));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (segl != null) {
            segl.close();
        }
        if (mail != null) {
            mail.stop();
        }
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void aFullDiskRefusesChangesCleanlyAndSeglTakesThemAgainOnceSpaceIsFreed() throws Exception {
        Api anonymous = Api.anonymous(segl.base());
        Fixtures fixtures = new Fixtures(anonymous, mail);
        Fixtures.Organisation organisation = fixtures.organisation();
        Fixtures.User user = fixtures.user(organisation, "Dorte Diskfuld");
        List<String> acknowledged = new ArrayList<>();
        acknowledged.add(fixtures.ordered(organisation, user, order("USER_LOGIN", "HARDWARE", false)).id());

        disk.fill();
        await("readiness DOWN on the full disk").atMost(WAIT).until(() -> anonymous.get("/health/ready").status() == 503);
        for (int i = 0; i < REFUSALS; i++) {
            ApiResponse answer = organisation.admin().post(organisation.certificates(user),
                    order("USER_LOGIN", "HARDWARE", false));
            answer.assertRefused(503, "storage-full");
            assertEquals("60", answer.headers().firstValue("Retry-After").orElse(""), answer::toString);
        }
        everyOrderIsThere(organisation, user, acknowledged);

        disk.free();
        await("readiness UP once space is freed").atMost(WAIT).until(() -> anonymous.get("/health/ready").status() == 200);
        for (int i = 0; i < REFUSALS; i++) {
            acknowledged.add(fixtures.ordered(organisation, user, order("USER_LOGIN", "HARDWARE", false)).id());
        }
        everyOrderIsThere(organisation, user, acknowledged);

        segl.kill();
        segl.start(REPORTS.resolve("payara-diskfull.log"));
        everyOrderIsThere(organisation, user, acknowledged);
        ApiResponse after = organisation.admin().post(organisation.certificates(user), order("USER_LOGIN", "HARDWARE", false));
        assertEquals(201, after.status(), () -> "an order after the restart: " + after);
    }

    private static void everyOrderIsThere(Fixtures.Organisation organisation, Fixtures.User user, List<String> ids) {
        assertAll(ids.stream().map(id -> (Executable) () -> {
            ApiResponse order = organisation.admin().get(organisation.certificates(user) + "/" + id);
            assertEquals(200, order.status(), () -> "acknowledged order " + id + ": " + order);
        }));
    }
}
