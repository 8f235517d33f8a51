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
 * is off by configuration.
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
        return HealthCheckResponse.named("directory").status(directory.answers()).build();
    }
}
