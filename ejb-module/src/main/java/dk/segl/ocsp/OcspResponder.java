package dk.segl.ocsp;

import dk.segl.ca.CaLevel;
import dk.segl.ca.OcspResponseEncoder.Answer;
import dk.segl.ca.OcspStatus;
import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ocsp.OCSPResponseStatus;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.ocsp.CertificateID;

/**
 * Answers OCSP requests: the status of each certificate as the records say at the moment of
 * asking, signed by the CA's responder. A response for one certificate without a nonce comes
 * from the {@link ResponseCache} while its status holds, so the common case costs one indexed
 * lookup and no signature; a nonce or several certificates get a response signed for them.
 * Whatever goes wrong inside (the database, the signer) is answered internalError, never thrown.
 */
final class OcspResponder {

    private static final Logger LOG = Logger.getLogger(OcspResponder.class.getName());

    /** The recorded status of the serial numbers a CA issued; absent serials are unknown. */
    interface Statuses {
        Map<BigInteger, OcspStatus> of(CaLevel level, List<BigInteger> serials);
    }

    /** The CA's side: who signs for a level, and the signature. */
    interface Signer {
        X509Certificate certificate(CaLevel level);

        byte[] sign(CaLevel level, List<Answer> answers, Instant thisUpdate, Instant nextUpdate, Instant producedAt,
                    Optional<Extension> nonce);
    }

    private final Map<CaLevel, IssuerHashes> issuers;
    private final Statuses statuses;
    private final Signer signer;
    private final Clock clock;
    private final Duration validity;
    private final ResponseCache cache;

    OcspResponder(Map<CaLevel, IssuerHashes> issuers, Statuses statuses, Signer signer, Clock clock,
                  Duration validity, ResponseCache cache) {
        this.issuers = Map.copyOf(issuers);
        this.statuses = statuses;
        this.signer = signer;
        this.clock = clock;
        this.validity = validity;
        this.cache = cache;
    }

    OcspAnswer answer(byte[] der) {
        StatusRequest request;
        try {
            request = StatusRequest.read(der, issuers);
        } catch (StatusRequest.Unanswerable e) {
            return OcspAnswer.error(e.status());
        }
        try {
            // Before the lookup: "good at thisUpdate" then never claims a moment after a revocation committed.
            Instant now = seconds(clock.instant());
            Map<BigInteger, OcspStatus> known = statuses.of(request.level(),
                    request.ids().stream().map(CertificateID::getSerialNumber).toList());
            List<Answer> answers = request.ids().stream()
                    .map(id -> new Answer(id, known.getOrDefault(id.getSerialNumber(), OcspStatus.UNKNOWN)))
                    .toList();
            if (!request.cacheable()) {
                return signed(request, answers, now);
            }
            return cache.answer(key(request.ids().get(0)), answers.get(0).status(), now,
                    () -> signed(request, answers, now));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not answer an OCSP request", e);
            return OcspAnswer.error(OCSPResponseStatus.INTERNAL_ERROR);
        }
    }

    /** The signer changed: cached responses would still name the old one. */
    void forget() {
        cache.clear();
    }

    /** nextUpdate never reaches past the signer's own certificate. */
    private OcspAnswer signed(StatusRequest request, List<Answer> answers, Instant thisUpdate) {
        Instant signerEnd = seconds(signer.certificate(request.level()).getNotAfter().toInstant());
        Instant wanted = thisUpdate.plus(validity);
        Instant nextUpdate = wanted.isAfter(signerEnd) ? signerEnd : wanted;
        Instant producedAt = seconds(clock.instant());
        byte[] der = signer.sign(request.level(), answers, thisUpdate, nextUpdate, producedAt, request.nonce());
        return new OcspAnswer(der, request.cacheable()
                ? Optional.of(new OcspAnswer.Freshness(producedAt, nextUpdate, etag(der))) : Optional.empty());
    }

    private static String key(CertificateID id) {
        try {
            return HexFormat.of().formatHex(id.toASN1Primitive().getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            throw new IllegalStateException("a CertID that was read cannot be written", e);
        }
    }

    private static String etag(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
