package dk.segl.health;

import dk.segl.ca.CertificateAuthority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and the CA keys can sign. */
@Readiness
@ApplicationScoped
public class SeglReadiness implements HealthCheck {

    @EJB
    DatabaseProbe database;

    @EJB
    CertificateAuthority ca;

    @Override
    public HealthCheckResponse call() {
        boolean database = this.database.answers();
        boolean keys = ca.ready();
        return HealthCheckResponse.named("segl")
                .status(database && keys)
                .withData("database", database)
                .withData("caKeys", keys)
                .build();
    }
}
