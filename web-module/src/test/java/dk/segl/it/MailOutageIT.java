package dk.segl.it;

import static dk.segl.it.Fixtures.order;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With the SMTP server down, ordering still works; once it is back, every mail arrives exactly once. */
@ExtendWith(ArquillianExtension.class)
class MailOutageIT {

    @ArquillianResource
    URL base;

    private GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive segl() {
        return Deployments.segl();
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void mailWrittenDuringAnOutageIsDeliveredOnceWhenSmtpReturns() {
        Api useradmin = Api.anonymous(base).as("useradmin", Fixtures.DEMO_PASSWORD);
        String alice = useradmin.get("/api/v1/organisations/12345678/users?query=alice").items()
                .getJsonObject(0).getString("id");
        String certificates = "/api/v1/organisations/12345678/users/" + alice + "/certificates";

        ApiResponse first = useradmin.post(certificates, order("USER_LOGIN", "BROWSER", false));
        ApiResponse second = useradmin.post(certificates, order("USER_LOGIN", "HARDWARE", false));
        assertEquals(201, first.status(), first::toString);
        assertEquals(201, second.status(), second::toString);
        String firstId = first.json().getString("id");
        String secondId = second.json().getString("id");
        assertEquals(204, useradmin.delete(certificates + "/" + secondId).status(), "the outage blocks nothing");

        smtp = new GreenMail(Mailboxes.smtpSetup());
        smtp.start();

        Mailboxes.awaitMail(smtp, "alice@demo.example", firstId);
        Mailboxes.awaitMail(smtp, "alice@demo.example", secondId);
        await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(15)).until(() ->
                Mailboxes.to(smtp, "alice@demo.example", firstId).size() == 1
                        && Mailboxes.to(smtp, "alice@demo.example", secondId).size() == 1);
    }
}
