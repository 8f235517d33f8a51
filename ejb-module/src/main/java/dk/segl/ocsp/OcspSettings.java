package dk.segl.ocsp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The responder's settings ({@code segl.ocsp.*}, README "OCSP"); defaults in microprofile-config.properties. */
@ApplicationScoped
public class OcspSettings {

    @Inject
    @ConfigProperty(name = "segl.ocsp.validity")
    Duration validity;

    @Inject
    @ConfigProperty(name = "segl.ocsp.max-age")
    Duration maxAge;

    @Inject
    @ConfigProperty(name = "segl.ocsp.signer-lifetime")
    Duration signerLifetime;

    @Inject
    @ConfigProperty(name = "segl.ocsp.signer-renew-before")
    Duration signerRenewBefore;

    @Inject
    @ConfigProperty(name = "segl.ocsp.cache-entries")
    int cacheEntries;

    /** nextUpdate − thisUpdate of every response. */
    public Duration validity() {
        return validity;
    }

    /** The longest an HTTP cache may keep a GET answer; never past the response's nextUpdate. */
    public Duration maxAge() {
        return maxAge;
    }

    Duration signerLifetime() {
        return signerLifetime;
    }

    Duration signerRenewBefore() {
        return signerRenewBefore;
    }

    int cacheEntries() {
        return cacheEntries;
    }
}
