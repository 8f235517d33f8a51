package dk.segl.ca;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.util.io.TeeOutputStream;

/**
 * Encodes and signs a v2 CRL (full or delta) as a stream: the spooled entries go from their file
 * through the signer to {@code out} without ever being in memory together, where Bouncy Castle's
 * X509v2CRLBuilder keeps every entry as objects. The structure is RFC 5280's TBSCertList; every
 * field is Bouncy Castle's encoding, and only the lengths of the three enclosing SEQUENCEs are
 * written here ({@link DerHeader}), computed before the first octet.
 */
public final class CrlEncoder {

    private static final long VERSION_2 = 1;

    /** Writes the CRL to {@code out}; on an exception what was written is not a CRL and must be dropped. */
    public void encode(CaKey issuer, CrlHeader header, CrlEntrySpool entries, OutputStream out) {
        try {
            ContentSigner signer = issuer.contentSigner();
            List<byte[]> before = new ArrayList<>(List.of(
                    der(new ASN1Integer(VERSION_2)),
                    der(signer.getAlgorithmIdentifier()),
                    der(X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded())),
                    der(time(header.thisUpdate())),
                    der(time(header.nextUpdate()))));
            byte[] after = der(new DERTaggedObject(true, 0, extensions(issuer, header)));
            long entriesLength = entries.count() == 0 ? 0 : DerHeader.length(entries.length());
            long tbsContent = sum(before) + entriesLength + after.length;
            long tbsLength = DerHeader.length(tbsContent);
            byte[] algorithm = der(signer.getAlgorithmIdentifier());
            int signatureLength = signatureLength(issuer);
            long signatureField = der(new DERBitString(new byte[signatureLength])).length;

            DerHeader.write(out, DerHeader.SEQUENCE, tbsLength + algorithm.length + signatureField);
            OutputStream tbs = new TeeOutputStream(out, signer.getOutputStream());
            DerHeader.write(tbs, DerHeader.SEQUENCE, tbsContent);
            for (byte[] field : before) {
                tbs.write(field);
            }
            if (entries.count() > 0) {
                DerHeader.write(tbs, DerHeader.SEQUENCE, entries.length());
                entries.copyTo(tbs);
            }
            tbs.write(after);
            signer.getOutputStream().close();
            byte[] signature = signer.getSignature();
            if (signature.length != signatureLength) {
                throw new IllegalStateException("the CA key made a " + signature.length
                        + "-octet signature where " + signatureLength + " were announced");
            }
            out.write(algorithm);
            out.write(der(new DERBitString(signature)));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CRL", e);
        }
    }

    /** The CRL in memory, for CRLs of the size a relying party downloads. */
    public byte[] encode(CaKey issuer, CrlHeader header, CrlEntrySpool entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encode(issuer, header, entries, out);
        return out.toByteArray();
    }

    private static Extensions extensions(CaKey issuer, CrlHeader header) throws IOException {
        List<Extension> extensions = new ArrayList<>();
        extensions.add(new Extension(Extension.authorityKeyIdentifier, false,
                der(KeyIdentifiers.authority(issuer.certificate()))));
        extensions.add(new Extension(Extension.cRLNumber, false, der(new CRLNumber(header.number()))));
        if (header.baseNumber().isPresent()) {
            // RFC 5280, 5.2.4: critical, so a client that cannot combine deltas never mistakes one for a full CRL.
            extensions.add(new Extension(Extension.deltaCRLIndicator, true, der(new CRLNumber(header.baseNumber().get()))));
        }
        if (header.scope().isPresent()) {
            // RFC 5280, 5.2.5: critical.
            extensions.add(new Extension(Extension.issuingDistributionPoint, true, der(new IssuingDistributionPoint(
                    name(header.scope().get()), false, false, null, false, false))));
        }
        if (header.freshest().isPresent()) {
            // RFC 5280, 5.2.6: non-critical.
            extensions.add(new Extension(Extension.freshestCRL, false, der(CaHierarchy.crlAt(header.freshest().get()))));
        }
        return new Extensions(extensions.toArray(Extension[]::new));
    }

    private static DistributionPointName name(String url) {
        return new DistributionPointName(new GeneralNames(CaHierarchy.uri(url)));
    }

    /**
     * The signature's length must be known before the CRL's first octet. RSA signatures (PKCS#1
     * and PSS) are as long as the modulus; Segl's CA keys are RSA. An ECDSA key would need the
     * signature first, which this stream cannot give.
     */
    private static int signatureLength(CaKey issuer) {
        if (issuer.publicKey() instanceof RSAPublicKey rsa) {
            return (rsa.getModulus().bitLength() + 7) / 8;
        }
        throw new IllegalStateException("streamed CRLs need an RSA CA key, not " + issuer.publicKey().getAlgorithm());
    }

    private static long sum(List<byte[]> fields) {
        return fields.stream().mapToLong(f -> f.length).sum();
    }

    private static byte[] der(ASN1Encodable value) throws IOException {
        return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    }

    /** CRL times have whole seconds; truncating here keeps what is signed equal to what was asked. */
    private static Time time(Instant instant) {
        return new Time(Date.from(instant.truncatedTo(ChronoUnit.SECONDS)));
    }
}
