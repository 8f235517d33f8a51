package dk.segl.revocation;

import java.math.BigInteger;
import java.time.OffsetDateTime;

/**
 * A CRL as served to relying parties. {@code freshUntil} is when a newer one is due to replace it
 * (HTTP caches may keep it until then); a delta CRL can be replaced at any moment, so its
 * {@code freshUntil} is its thisUpdate.
 */
public record PublishedCrl(byte[] der, BigInteger number, OffsetDateTime thisUpdate, OffsetDateTime nextUpdate,
                           OffsetDateTime freshUntil) {
}
