package dk.segl.health;

import dk.segl.ca.CertificateAuthority;
import dk.segl.persistence.StorageReserve;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers, its disk has room for changes (above the storage reserve)
 * and the CA keys can sign.
 */
@Readiness
@ApplicationScoped
public class SeglReadiness implements HealthCheck {

    @EJB
    DatabaseProbe database;

    @EJB
    CertificateAuthority ca;

    @Inject
    StorageReserve storage;

    @Override
    public HealthCheckResponse call() {
        boolean database = this.database.answers();
        boolean room = storage.hasRoom();
        boolean keys = ca.ready();
        return HealthCheckResponse.named("segl")
                .status(database && room && keys)
                .withData("database", database)
                .withData("storage", room)
                .withData("caKeys", keys)
                .build();
    }
}
