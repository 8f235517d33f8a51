package dk.segl.health;

import dk.segl.directory.DirectoryServer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the public directory answers an anonymous search of c=DK, as a relying party
 * would send it; a listener that is up but answers nobody is DOWN. Always UP when the directory
 * is off by configuration, and when it is external: it is shared by every node, so its outage
 * would take them all out of service, while publications only wait for it; the check then
 * tells whether it answers.
 */
@Readiness
@ApplicationScoped
public class DirectoryReadiness implements HealthCheck {

    @EJB
    DirectoryServer directory;

    @Override
    public HealthCheckResponse call() {
        if (!directory.enabled()) {
            return HealthCheckResponse.named("directory").up().withData("enabled", false).build();
        }
        if (directory.external()) {
            return HealthCheckResponse.named("directory").up().withData("external", true)
                    .withData("answers", directory.answers()).build();
        }
        return HealthCheckResponse.named("directory").status(directory.answers()).build();
    }
}
