package dk.segl.ocsp;

import dk.segl.ca.OcspResponseEncoder;
import java.time.Instant;
import java.util.Optional;

/**
 * An OCSP response ready to send: its DER (shared with the cache, so never to be changed), and
 * for a response that HTTP caches may keep (one certificate, no nonce) when it was produced,
 * its nextUpdate and an entity tag.
 */
public record OcspAnswer(byte[] der, Optional<Freshness> cacheable) {

    public record Freshness(Instant producedAt, Instant nextUpdate, String etag) {
    }

    static OcspAnswer error(int status) {
        return new OcspAnswer(OcspResponseEncoder.error(status), Optional.empty());
    }
}
