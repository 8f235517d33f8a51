package dk.segl.operations;

import dk.segl.config.SeglConfig;
import dk.segl.organisation.Permission;
import dk.segl.organisation.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

/**
 * Who may read {@code /metrics}: an operator, or a scraper presenting the configured token
 * ({@code segl.metrics.token}). The counters say how loaded Segl is and how its pools and queues
 * stand, which is an attacker's map, so nobody else reads them.
 */
@ApplicationScoped
public class MetricsAccess {

    @Inject
    SeglConfig config;

    public boolean admits(Set<Role> roles) {
        return Permission.READ_METRICS.heldBy(roles);
    }

    /**
     * Compares digests in constant time, so neither the token's length nor its first differing
     * character shows in the answer's timing.
     */
    public boolean admitsToken(String presented) {
        return config.metricsToken()
                .map(token -> MessageDigest.isEqual(digest(token), digest(presented)))
                .orElse(false);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
