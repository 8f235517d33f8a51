package dk.segl.ca.csrs;

import dk.segl.ca.BouncyCastle;
import dk.segl.ca.Pem;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Arrays;
import java.util.Date;
import java.util.Random;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERSequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECNamedCurves;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;

/**
 * Writes the CSR corpus files that {@link CsrCorpus} reads. The files are committed, so the slow
 * keys (RSA 8192) are made once; to add a case, add it here and run (after {@code test-compile})
 * {@code java -cp ejb-module/target/test-classes:ejb-module/target/classes:<the three bc*-jdk18on jars>
 * dk.segl.ca.csrs.CsrCorpusFiles ejb-module/src/test/resources/dk/segl/ca/csrs}, which writes
 * the files that are missing.
 */
public final class CsrCorpusFiles {

    private static final X500Name SUBJECT = new X500Name("CN=hostile");
    private static final Random FIXED = new Random(8);

    private final Path root;
    private final KeyPair rsa3072 = rsa(3072, RSAKeyGenParameterSpec.F4);
    private final KeyPair rsa4096 = rsa(4096, RSAKeyGenParameterSpec.F4);
    private final KeyPair p256 = ec("secp256r1");

    private CsrCorpusFiles(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        CsrCorpusFiles files = new CsrCorpusFiles(Path.of(args[0]));
        files.good();
        files.malformed();
        files.keys();
        files.curves();
        files.signatures();
    }

    private void good() throws Exception {
        byte[] rsa3072Sha256 = csr(rsa3072, "SHA256withRSA");
        write("good-csrs/rsa-3072-sha256.der", rsa3072Sha256);
        write("good-csrs/rsa-3072-sha256.pem", pem("CERTIFICATE REQUEST", rsa3072Sha256));
        write("good-csrs/rsa-3072-sha256-new-label-indented.pem",
                ("\r\n  " + Pem.encode("NEW CERTIFICATE REQUEST", rsa3072Sha256)).getBytes(StandardCharsets.US_ASCII));
        write("good-csrs/rsa-4096-sha384.der", csr(rsa4096, "SHA384withRSA"));
        write("good-csrs/rsa-8192-sha512.der", csr(rsa(8192, RSAKeyGenParameterSpec.F4), "SHA512withRSA"));
        write("good-csrs/rsa-3072-pss-sha256.der", csr(rsa3072, "SHA256withRSAandMGF1"));
        write("good-csrs/rsa-4096-pss-sha512.der", csr(rsa4096, "SHA512withRSAandMGF1"));
        write("good-csrs/ec-p256-sha256.der", csr(p256, "SHA256withECDSA"));
        write("good-csrs/ec-p384-sha384.der", csr(ec("secp384r1"), "SHA384withECDSA"));
        write("good-csrs/ec-p384-sha512.der", csr(ec("secp384r1"), "SHA512withECDSA"));
    }

    private void malformed() throws Exception {
        byte[] good = csr(rsa3072, "SHA256withRSA");
        String rule = "hostile-csrs/csr-malformed/";
        write(rule + "empty.der", new byte[0]);
        write(rule + "truncated.der", Arrays.copyOf(good, good.length - 10));
        write(rule + "trailing-garbage.der", concat(good, new byte[] {0x05, 0x00}));
        write(rule + "two-csrs.der", concat(good, good));
        write(rule + "integer.der", new ASN1Integer(7).getEncoded());
        write(rule + "text.txt", "not a csr".getBytes(StandardCharsets.US_ASCII));
        write(rule + "zeros.der", new byte[100]);
        write(rule + "length-claims-2gib.der", new byte[] {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x02, 0x01, 0x00});
        write(rule + "length-of-5-octets.der", new byte[] {0x30, (byte) 0x85, 0x01, 0x00, 0x00, 0x00, 0x00});
        write(rule + "ber-indefinite-length.der", new BERSequence(vector(ASN1Sequence.getInstance(good))).getEncoded());
        write(rule + "certificate.der", selfSigned());
        write(rule + "public-key-only.der", rsa3072.getPublic().getEncoded());
        write(rule + "nested-sequences-2000.der", nestedSequences(2000));
        write(rule + "pem-wrong-label.pem", pem("CERTIFICATE", good));
        write(rule + "pem-private-key.pem", pem("PRIVATE KEY", p256.getPrivate().getEncoded()));
        write(rule + "pem-base64-garbage.pem",
                "-----BEGIN CERTIFICATE REQUEST-----\n!!!!not*base64%%%%\n-----END CERTIFICATE REQUEST-----\n"
                        .getBytes(StandardCharsets.US_ASCII));
        write(rule + "pem-two-blocks.pem", concat(pem("CERTIFICATE REQUEST", good), pem("CERTIFICATE REQUEST", good)));
        String pem = new String(pem("CERTIFICATE REQUEST", good), StandardCharsets.US_ASCII);
        write(rule + "pem-without-end.pem", pem.substring(0, pem.indexOf("-----END")).getBytes(StandardCharsets.US_ASCII));
        write(rule + "pem-end-label-differs.pem",
                pem.replace("END CERTIFICATE REQUEST", "END CERTIFICATE").getBytes(StandardCharsets.US_ASCII));
        write(rule + "pem-of-garbage-der.pem", pem("CERTIFICATE REQUEST", new byte[] {0x30, 0x03, 0x02, 0x01}));
        SubjectPublicKeyInfo rsaKey = SubjectPublicKeyInfo.getInstance(rsa3072.getPublic().getEncoded());
        write(rule + "rsa-key-bits-nested.der", csr(new SubjectPublicKeyInfo(rsaKey.getAlgorithm(),
                CsrCorpus.indefiniteSequences(5000)), rsa3072.getPrivate(), "SHA256withRSA"));
        write(rule + "rsa-key-bits-trailing-garbage.der", csr(new SubjectPublicKeyInfo(rsaKey.getAlgorithm(),
                concat(rsaKey.getPublicKeyData().getOctets(), new byte[] {0})), rsa3072.getPrivate(), "SHA256withRSA"));
        write(rule + "rsa-key-with-parameters.der", csr(new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, new ASN1Integer(1)),
                rsaKey.getPublicKeyData().getOctets()), rsa3072.getPrivate(), "SHA256withRSA"));
    }

    private void keys() throws Exception {
        write("hostile-csrs/csr-key-size/rsa-2048.der", csr(rsa(2048, RSAKeyGenParameterSpec.F4), "SHA256withRSA"));
        // Keys this large are never generated: the policy must refuse them from the modulus's length alone.
        write("hostile-csrs/csr-key-size/rsa-16384.der", rsaKey(oddNumber(16384), RSAKeyGenParameterSpec.F4));
        write("hostile-csrs/csr-key-size/rsa-8200.der", rsaKey(oddNumber(8200), RSAKeyGenParameterSpec.F4));
        write("hostile-csrs/csr-key-size/rsa-3071.der", rsaKey(oddNumber(3071), RSAKeyGenParameterSpec.F4));
        write("hostile-csrs/csr-key-modulus/negative-modulus.der", rsaKey(oddNumber(3072).negate(), RSAKeyGenParameterSpec.F4));
        write("hostile-csrs/csr-key-exponent/exponent-3.der", csr(rsa(3072, RSAKeyGenParameterSpec.F0), "SHA256withRSA"));
        write("hostile-csrs/csr-key-exponent/exponent-65539.der",
                csr(rsa(3072, RSAKeyGenParameterSpec.F4.add(BigInteger.TWO)), "SHA256withRSA"));
        write("hostile-csrs/csr-key-exponent/exponent-1.der", rsaKey(oddNumber(3072), BigInteger.ONE));
        write("hostile-csrs/csr-key-modulus/even-modulus.der", rsaKey(oddNumber(3072).subtract(BigInteger.ONE), RSAKeyGenParameterSpec.F4));
        write("hostile-csrs/csr-key-modulus/factor-751.der",
                rsaKey(oddNumber(3063).multiply(BigInteger.valueOf(751)), RSAKeyGenParameterSpec.F4));
        String algorithm = "hostile-csrs/csr-key-algorithm/";
        write(algorithm + "ed25519.der", csr(generate("Ed25519", null), "Ed25519"));
        write(algorithm + "ed448.der", csr(generate("Ed448", null), "Ed448"));
        KeyPairGenerator dsa = KeyPairGenerator.getInstance("DSA");
        dsa.initialize(2048);
        write(algorithm + "dsa.der", csr(dsa.generateKeyPair(), "SHA256withDSA"));
        write(algorithm + "x25519.der", csr(SubjectPublicKeyInfo.getInstance(generate("X25519", null).getPublic().getEncoded()),
                rsa3072.getPrivate(), "SHA256withRSA"));
        SubjectPublicKeyInfo rsaKey = SubjectPublicKeyInfo.getInstance(rsa3072.getPublic().getEncoded());
        write(algorithm + "rsassa-pss-key.der", csr(new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSASSA_PSS), rsaKey.getPublicKeyData().getOctets()),
                rsa3072.getPrivate(), "SHA256withRSAandMGF1"));
        write(algorithm + "unknown-oid.der", csr(new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.3.4")), rsaKey.getPublicKeyData().getOctets()),
                rsa3072.getPrivate(), "SHA256withRSA"));
    }

    private void curves() throws Exception {
        String curve = "hostile-csrs/csr-ec-curve/";
        write(curve + "p521.der", csr(ec("secp521r1"), "SHA512withECDSA"));
        write(curve + "secp256k1.der", csr(ec("secp256k1"), "SHA256withECDSA"));
        write(curve + "brainpoolp256r1.der", csr(ec("brainpoolP256r1"), "SHA256withECDSA"));
        SubjectPublicKeyInfo key = SubjectPublicKeyInfo.getInstance(p256.getPublic().getEncoded());
        byte[] point = key.getPublicKeyData().getOctets();
        write(curve + "explicit-p256-parameters.der", csr(new SubjectPublicKeyInfo(new AlgorithmIdentifier(
                X9ObjectIdentifiers.id_ecPublicKey, new X962Parameters(SECNamedCurves.getByOID(SECObjectIdentifiers.secp256r1))),
                point), p256.getPrivate(), "SHA256withECDSA"));
        write(curve + "implicit-ca-parameters.der", csr(new SubjectPublicKeyInfo(new AlgorithmIdentifier(
                X9ObjectIdentifiers.id_ecPublicKey, DERNull.INSTANCE), point), p256.getPrivate(), "SHA256withECDSA"));
        String onCurve = "hostile-csrs/csr-ec-point/";
        byte[] offCurve = point.clone();
        offCurve[offCurve.length - 1] ^= 0x01;
        write(onCurve + "not-on-curve.der", ecKey(offCurve));
        write(onCurve + "infinity.der", ecKey(new byte[] {0x00}));
        write(onCurve + "truncated-point.der", ecKey(Arrays.copyOf(point, 40)));
        write(onCurve + "x-beyond-field.der", ecKey(concat(new byte[] {0x04}, filled(64, (byte) 0xff))));
    }

    private void signatures() throws Exception {
        String algorithm = "hostile-csrs/csr-signature-algorithm/";
        write(algorithm + "md5-rsa.der", csr(rsa3072, "MD5withRSA"));
        write(algorithm + "sha1-rsa.der", csr(rsa3072, "SHA1withRSA"));
        write(algorithm + "sha224-rsa.der", csr(rsa3072, "SHA224withRSA"));
        write(algorithm + "sha3-256-rsa.der", csr(rsa3072, "SHA3-256withRSA"));
        write(algorithm + "sha1-ecdsa.der", csr(p256, "SHA1withECDSA"));
        write(algorithm + "sha224-ecdsa.der", csr(p256, "SHA224withECDSA"));
        write(algorithm + "pss-sha1.der", csr(rsa3072, "SHA1withRSAandMGF1"));
        CertificationRequest pss = CertificationRequest.getInstance(ASN1Sequence.getInstance(csr(rsa3072, "SHA256withRSAandMGF1")));
        write(algorithm + "pss-sha256-mgf1-sha1.der", withPss(pss, OIWObjectIdentifiers.idSHA1, 32));
        // Bouncy Castle's verifier allocates the salt's length up front; the policy refuses it before.
        write(algorithm + "pss-salt-2gib.der", withPss(pss, NISTObjectIdentifiers.id_sha256, Integer.MAX_VALUE));
        SubjectPublicKeyInfo rsaKey = SubjectPublicKeyInfo.getInstance(rsa3072.getPublic().getEncoded());
        write(algorithm + "rsa-key-ecdsa-signature.der", csr(rsaKey, p256.getPrivate(), "SHA256withECDSA"));
        write(algorithm + "ec-key-rsa-signature.der", csr(SubjectPublicKeyInfo.getInstance(p256.getPublic().getEncoded()),
                rsa3072.getPrivate(), "SHA256withRSA"));
        CertificationRequest good = CertificationRequest.getInstance(ASN1Sequence.getInstance(csr(rsa3072, "SHA256withRSA")));
        write(algorithm + "sha256-rsa-with-parameters.der", new CertificationRequest(good.getCertificationRequestInfo(),
                new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, new ASN1Integer(1)),
                good.getSignature()).getEncoded(ASN1Encoding.DER));

        String invalid = "hostile-csrs/csr-signature-invalid/";
        byte[] tampered = good.getEncoded(ASN1Encoding.DER);
        tampered[tampered.length - 1] ^= 0x01;
        write(invalid + "tampered-signature.der", tampered);
        byte[] renamed = good.getEncoded(ASN1Encoding.DER);
        int name = indexOf(renamed, "hostile".getBytes(StandardCharsets.US_ASCII));
        renamed[name] = 'H';
        write(invalid + "tampered-subject.der", renamed);
        write(invalid + "signed-by-another-key.der", csr(rsaKey, rsa4096.getPrivate(), "SHA256withRSA"));
        write(invalid + "empty-signature.der", new CertificationRequest(good.getCertificationRequestInfo(),
                good.getSignatureAlgorithm(), new DERBitString(new byte[0])).getEncoded(ASN1Encoding.DER));
        write(invalid + "ecdsa-signature-garbage.der", new CertificationRequest(
                CertificationRequest.getInstance(ASN1Sequence.getInstance(csr(p256, "SHA256withECDSA"))).getCertificationRequestInfo(),
                new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256),
                new DERBitString(new DEROctetString(filled(70, (byte) 0x42)).getEncoded())).getEncoded(ASN1Encoding.DER));
    }

    /** The request with PSS parameters of SHA-256 and the given MGF1 hash and salt length; its signature no longer fits. */
    private static byte[] withPss(CertificationRequest csr, ASN1ObjectIdentifier mgf1Hash, int saltLength) throws IOException {
        return new CertificationRequest(csr.getCertificationRequestInfo(),
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSASSA_PSS, new RSASSAPSSparams(
                        new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE),
                        new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, new AlgorithmIdentifier(mgf1Hash, DERNull.INSTANCE)),
                        new ASN1Integer(saltLength), new ASN1Integer(1))),
                csr.getSignature()).getEncoded(ASN1Encoding.DER);
    }

    private byte[] rsaKey(BigInteger modulus, BigInteger exponent) throws Exception {
        return csr(new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                new RSAPublicKey(modulus, exponent)), rsa3072.getPrivate(), "SHA256withRSA");
    }

    private byte[] ecKey(byte[] point) throws Exception {
        SubjectPublicKeyInfo key = SubjectPublicKeyInfo.getInstance(p256.getPublic().getEncoded());
        return csr(new SubjectPublicKeyInfo(key.getAlgorithm(), point), p256.getPrivate(), "SHA256withECDSA");
    }

    private static BigInteger oddNumber(int bits) {
        return new BigInteger(bits, FIXED).setBit(bits - 1).setBit(0);
    }

    private static byte[] csr(KeyPair keys, String algorithm) throws Exception {
        return csr(SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()), keys.getPrivate(), algorithm);
    }

    private static byte[] csr(SubjectPublicKeyInfo key, PrivateKey signer, String algorithm) throws Exception {
        return new PKCS10CertificationRequestBuilder(SUBJECT, key).build(signer(signer, algorithm)).getEncoded();
    }

    private static ContentSigner signer(PrivateKey key, String algorithm) throws Exception {
        return new JcaContentSignerBuilder(algorithm).setProvider(BouncyCastle.PROVIDER).build(key);
    }

    private byte[] selfSigned() throws Exception {
        X500Name name = new X500Name("CN=not a request");
        return new JcaX509v3CertificateBuilder(name, BigInteger.ONE, new Date(0), new Date(86_400_000L), name,
                p256.getPublic()).build(signer(p256.getPrivate(), "SHA256withECDSA")).getEncoded();
    }

    private static byte[] nestedSequences(int depth) throws IOException {
        DERSequence sequence = new DERSequence();
        for (int i = 1; i < depth; i++) {
            sequence = new DERSequence(sequence);
        }
        return sequence.getEncoded();
    }

    private static ASN1EncodableVector vector(ASN1Sequence sequence) {
        ASN1EncodableVector vector = new ASN1EncodableVector();
        sequence.forEach(vector::add);
        return vector;
    }

    private static KeyPair rsa(int bits, BigInteger exponent) {
        return generate("RSA", new RSAKeyGenParameterSpec(bits, exponent));
    }

    private static KeyPair ec(String curve) {
        return generate("EC", new ECGenParameterSpec(curve));
    }

    private static KeyPair generate(String algorithm, AlgorithmParameterSpec spec) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, BouncyCastle.PROVIDER);
            if (spec != null) {
                generator.initialize(spec);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pem(String label, byte[] der) {
        return Pem.encode(label, der).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    /** Files that exist are kept, so adding a case adds one file and leaves the others as they were. */
    private void write(String name, byte[] content) throws IOException {
        Path file = root.resolve(name);
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        }
    }
}
