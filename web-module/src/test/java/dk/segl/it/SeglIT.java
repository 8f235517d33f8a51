package dk.segl.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every integration test class shares: the real segl.war in Payara Micro (booted once per
 * run, see {@link OneServerPerRun}), GreenMail as its SMTP server, and clients and fixtures that speak HTTP to it.
 */
@ExtendWith(ArquillianExtension.class)
abstract class SeglIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailboxes.smtp();

    @ArquillianResource
    URL base;

    Api anonymous;
    Fixtures fixtures;

    @Deployment(testable = false)
    static WebArchive segl() {
        return Deployments.segl();
    }

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        fixtures = new Fixtures(anonymous, mail);
    }
}
