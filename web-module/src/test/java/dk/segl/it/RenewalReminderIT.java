package dk.segl.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Renewal reminders on the real server. Certificates live three years and the test server reminds
 * 1080 days before their end (web-module/pom.xml), so in a normal run no certificate is due and no
 * other class gets a reminder; only here the clock runs 17 days ahead, which makes every
 * certificate issued so far due. That jump is shorter than the OCSP signer's renewal margin
 * (30 − 10 days) and nothing expires in it; the reminders it causes for earlier classes'
 * certificates go to their users, whom no later class reads.
 */
class RenewalReminderIT extends SeglIT {

    private static final String SUBJECT = "Your user certificate expires soon";
    private static final String ADMINISTRATORS_SUBJECT = "A user certificate expires soon";

    @Test
    void theHolderAndTheUserAdministratorAreRemindedOnceOfACertificateWithNoRenewal() {
        var org = fixtures.organisation();
        String administrator = org.adminLogin() + "@it.example";
        var lonely = fixtures.user(org, "Rita Reminder");
        X509Certificate unrenewed = fixtures.issuedFromCsr(org, lonely);
        var renewing = fixtures.user(org, "Rene Renewed");
        X509Certificate renewed = fixtures.issuedFromCsr(org, renewing);
        X509Certificate successor = fixtures.issuedFromCsr(org, renewing);
        var leaving = fixtures.user(org, "Rolf Revoked");
        X509Certificate revoked = fixtures.issuedFromCsr(org, leaving);
        String revokedId = org.admin().get(org.certificates(leaving)).items().getJsonObject(0).getString("id");
        assertEquals(200, org.admin().post(org.certificates(leaving) + "/" + revokedId + "/revoke",
                Json.createObjectBuilder().add("reason", "AFFILIATION_CHANGED").build()).status());

        try (TestClock later = TestClock.ahead(Duration.ofDays(17))) {
            var holderMail = awaitReminder(lonely.email(), SUBJECT, serial(unrenewed));
            assertTrue(holderMail.body().contains("Rita Reminder"), holderMail.body());
            assertTrue(holderMail.body().contains("Ask your user administrator to order a new one"), holderMail.body());
            var administratorMail = awaitReminder(administrator, ADMINISTRATORS_SUBJECT, serial(unrenewed));
            assertEquals(serial(unrenewed), administratorMail.value("Serial number"));
            assertTrue(administratorMail.body().contains("The user certificate of Rita Reminder (" + lonely.email() + ")"),
                    administratorMail.body());
            assertTrue(administratorMail.body().contains("Order a new certificate for Rita Reminder here:"),
                    administratorMail.body());
            assertTrue(administratorMail.body().contains("http://localhost:8080/user.xhtml?id=" + lonely.id()),
                    administratorMail.body());

            // The successor is as close to its end as the rest (the clock moved for all), and nothing renews it.
            awaitReminder(renewing.email(), SUBJECT, serial(successor));
            // Another run of the worker (every 20 s), still in the window: each reminder stays one.
            await().during(Duration.ofSeconds(25)).atMost(Duration.ofSeconds(30)).until(() ->
                    reminders(lonely.email(), SUBJECT, serial(unrenewed)).size() == 1
                            && reminders(administrator, ADMINISTRATORS_SUBJECT, serial(unrenewed)).size() == 1);
        }
        assertEquals(List.of(), reminders(renewing.email(), SUBJECT, serial(renewed)), "a renewed certificate");
        assertEquals(List.of(), reminders(administrator, ADMINISTRATORS_SUBJECT, serial(renewed)), "a renewed certificate");
        assertEquals(List.of(), reminders(leaving.email(), SUBJECT, serial(revoked)), "a revoked certificate");
        assertEquals(List.of(), reminders(administrator, ADMINISTRATORS_SUBJECT, serial(revoked)), "a revoked certificate");
    }

    /** The worker takes the soonest ends first, so earlier classes' certificates may come a batch before these. */
    private Mailboxes.ReceivedMail awaitReminder(String recipient, String subject, String serial) {
        return await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> reminders(recipient, subject, serial), found -> !found.isEmpty()).get(0);
    }

    private List<Mailboxes.ReceivedMail> reminders(String recipient, String subject, String serial) {
        return Mailboxes.to(mail, recipient, "Serial number: " + serial).stream()
                .filter(m -> m.subject().equals(subject)).toList();
    }

    /** The serial as every mail writes it: all 40 hex digits. */
    private static String serial(X509Certificate certificate) {
        return String.format("%040X", certificate.getSerialNumber());
    }
}
