package dk.segl.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers for a short while that a login name and password matched a user's stored hash, so a
 * REST client that sends HTTP Basic with every call pays for PBKDF2 about once a minute instead of
 * on every call. An entry is keyed by an HMAC of login name and password under a random key made
 * at start and never written anywhere; neither the password nor an unkeyed hash of it is kept.
 * An entry confirms a password only while the user's stored hash is still the one it was checked
 * against, so a new password ends it at once; status and roles need nothing here, because every
 * login looks the activated user up afresh.
 */
@ApplicationScoped
public class VerifiedCredentials {

    /** Entries kept: a few MB at most; beyond it the entry used least recently goes. */
    static final int CAPACITY = 10_000;
    private static final String HMAC = "HmacSHA256";

    private Clock clock;
    private Duration lifetime;
    private SecretKeySpec key;
    private Map<String, Verified> entries;

    /** For CDI's client proxy only. */
    protected VerifiedCredentials() {
    }

    @Inject
    VerifiedCredentials(Clock clock, @ConfigProperty(name = "segl.login.credential-cache.lifetime") Duration lifetime) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.clock = clock;
        this.lifetime = lifetime;
        this.key = new SecretKeySpec(secret, HMAC);
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
                return size() > CAPACITY;
            }
        };
    }

    /** True when this login name and password matched {@code storedHash} less than a lifetime ago. */
    public boolean confirms(String login, char[] password, String storedHash) {
        String id = idOf(login, password);
        Instant now = clock.instant();
        synchronized (entries) {
            Verified entry = entries.get(id);
            if (entry != null && !now.isBefore(entry.expires())) {
                entries.remove(id);
                return false;
            }
            return entry != null && entry.storedHash().equals(storedHash);
        }
    }

    public void remember(String login, char[] password, String storedHash) {
        if (lifetime.isZero() || lifetime.isNegative()) {
            return;
        }
        String id = idOf(login, password);
        Verified entry = new Verified(storedHash, clock.instant().plus(lifetime));
        synchronized (entries) {
            entries.put(id, entry);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private String idOf(String login, char[] password) {
        ByteBuffer secret = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[secret.remaining()];
        secret.get(bytes);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(String.valueOf(login).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            // The login name cannot hold a NUL, so the pair's boundary is unambiguous.
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(secret.array(), (byte) 0);
        }
    }

    private record Verified(String storedHash, Instant expires) {
    }
}
