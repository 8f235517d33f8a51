package dk.segl.ca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponseStatus;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Encodes and signs an OCSP response (RFC 6960 §4.2), and the unsigned error responses. */
public final class OcspResponseEncoder {

    /** The status of one certificate, named by the request's own CertID (its hash algorithm included). */
    public record Answer(CertificateID id, OcspStatus status) {
    }

    private OcspResponseEncoder() {
    }

    /**
     * A successful response signed by {@code signer}, naming it by key (the shorter ResponderID)
     * and carrying its certificate, so a client can check the delegation from what it holds.
     * Times are whole seconds: GeneralizedTime in OCSP has no fractions (RFC 5280 §4.1.2.5.2).
     */
    public static byte[] sign(CaKey signer, List<Answer> answers, Instant thisUpdate, Instant nextUpdate, Instant producedAt,
            Optional<Extension> nonce) {
        if (answers.isEmpty() || !nextUpdate.isAfter(thisUpdate)) {
            throw new IllegalArgumentException("a response answers for something, and nextUpdate follows thisUpdate");
        }
        try {
            X509CertificateHolder signerCertificate = new X509CertificateHolder(signer.certificate().getEncoded());
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(
                    SubjectPublicKeyInfo.getInstance(signer.publicKey().getEncoded()),
                    new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1)));
            for (Answer answer : answers) {
                builder.addResponse(answer.id(), status(answer.status()), seconds(thisUpdate), seconds(nextUpdate), null);
            }
            nonce.ifPresent(extension -> builder.setResponseExtensions(new Extensions(extension)));
            BasicOCSPResp basic = builder.build(signer.contentSigner(), new X509CertificateHolder[] {signerCertificate},
                    seconds(producedAt));
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
        } catch (OCSPException | OperatorCreationException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode an OCSP response", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An unsigned answer with an error status (RFC 6960 §2.3), e.g. {@link OCSPResponseStatus#MALFORMED_REQUEST}. */
    public static byte[] error(int status) {
        if (status == OCSPResponseStatus.SUCCESSFUL) {
            throw new IllegalArgumentException("a successful response is signed");
        }
        try {
            return new OCSPResp(new OCSPResponse(new OCSPResponseStatus(status), null)).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CertificateStatus status(OcspStatus status) {
        if (status instanceof OcspStatus.Revoked revoked) {
            return new RevokedStatus(seconds(revoked.at()), revoked.reasonCode());
        }
        return status instanceof OcspStatus.Good ? CertificateStatus.GOOD : new UnknownStatus();
    }

    private static Date seconds(Instant instant) {
        return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
