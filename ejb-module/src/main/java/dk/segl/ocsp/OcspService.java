package dk.segl.ocsp;

import dk.segl.ca.CaLevel;
import dk.segl.ca.CertificateAuthority;
import dk.segl.ca.OcspResponseEncoder.Answer;
import dk.segl.ca.OcspStatus;
import dk.segl.ca.SerialNumber;
import dk.segl.certificate.CertificateStatus;
import dk.segl.certificate.CertificateStatuses;
import dk.segl.certificate.RecordedStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.x509.Extension;

/**
 * The OCSP responder of this node: one {@link OcspResponder} and its cache, answering for the
 * root (about the issuing CA) and the issuing CA (about the certificate records). No transaction
 * and no container lock: each request only reads.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OcspService {

    @EJB
    CertificateAuthority ca;

    @EJB
    CertificateStatuses certificates;

    @Inject
    OcspSettings settings;

    @Inject
    Clock clock;

    private OcspResponder responder;

    @PostConstruct
    void start() {
        responder = new OcspResponder(
                Map.of(CaLevel.ROOT, new IssuerHashes(ca.rootCertificate()),
                        CaLevel.ISSUING, new IssuerHashes(ca.issuingCertificate())),
                this::statuses, new CaSigner(), clock, settings.validity(), new ResponseCache(settings.cacheEntries()));
    }

    /** The DER response to a DER request; never throws. */
    public OcspAnswer answer(byte[] request) {
        return responder.answer(request);
    }

    /** After a new OCSP signer: answers are signed by it from now on. */
    public void signerRenewed() {
        responder.forget();
    }

    /**
     * The root issued only the issuing CA; the issuing CA issued what the records hold, and its
     * OCSP signer. A revoked record is revoked (also after it expires); issued or expired is good,
     * as RFC 6960 §2.2 lets "good" mean "not revoked".
     */
    private Map<BigInteger, OcspStatus> statuses(CaLevel level, List<BigInteger> serials) {
        Map<BigInteger, OcspStatus> known = new HashMap<>();
        if (level == CaLevel.ROOT) {
            known.put(ca.issuingCertificate().getSerialNumber(), OcspStatus.GOOD);
            return known;
        }
        known.put(ca.ocspResponder(CaLevel.ISSUING).getSerialNumber(), OcspStatus.GOOD);
        List<SerialNumber> valid = serials.stream().flatMap(serial -> SerialNumber.parse(serial.toString(16)).stream())
                .toList();
        for (RecordedStatus recorded : certificates.of(valid).values()) {
            known.put(recorded.serial().value(), recorded.status() == CertificateStatus.REVOKED
                    ? new OcspStatus.Revoked(recorded.revokedAt().orElseThrow().toInstant(),
                            recorded.reason().orElseThrow().code())
                    : OcspStatus.GOOD);
        }
        return known;
    }

    private final class CaSigner implements OcspResponder.Signer {

        @Override
        public X509Certificate certificate(CaLevel level) {
            return ca.ocspResponder(level);
        }

        @Override
        public byte[] sign(CaLevel level, List<Answer> answers, Instant thisUpdate, Instant nextUpdate,
                           Instant producedAt, Optional<Extension> nonce) {
            return ca.signOcspResponse(level, answers, thisUpdate, nextUpdate, producedAt, nonce);
        }
    }
}
