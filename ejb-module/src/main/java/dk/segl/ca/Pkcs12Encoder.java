package dk.segl.ca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * Writes PKCS#12 files with modern algorithms only: PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) for
 * both the key and the certificate bags and an HMAC-SHA256 MAC. OpenSSL 3 reads these without
 * {@code -legacy}, and current JDKs and browsers import them.
 */
final class Pkcs12Encoder {

    /** One private key with its certificate chain, leaf first, stored under a friendly name. */
    record Entry(String friendlyName, PrivateKey key, List<X509Certificate> chain) {
    }

    // OpenSSL 3's own defaults; higher counts slow browser imports without changing much.
    private static final int PBKDF2_ITERATIONS = 2048;
    private static final int MAC_ITERATIONS = 2048;

    private Pkcs12Encoder() {
    }

    static byte[] encode(List<Entry> entries, char[] password) {
        try {
            OutputEncryptor encryptor = new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                    .setProvider(BouncyCastle.PROVIDER)
                    .setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
                    .setIterationCount(PBKDF2_ITERATIONS)
                    .build(password);
            List<PKCS12SafeBag> keyBags = new ArrayList<>();
            List<PKCS12SafeBag> certificateBags = new ArrayList<>();
            Set<X509Certificate> written = new LinkedHashSet<>();
            for (Entry entry : entries) {
                X509Certificate leaf = entry.chain().get(0);
                SubjectKeyIdentifier localKeyId = KeyIdentifiers.subject(leaf.getPublicKey());
                keyBags.add(labelled(new JcaPKCS12SafeBagBuilder(entry.key(), encryptor), entry.friendlyName(), localKeyId));
                certificateBags.add(labelled(new JcaPKCS12SafeBagBuilder(leaf), entry.friendlyName(), localKeyId));
                written.add(leaf);
            }
            // Chain certificates go in once each and unlabelled, so readers see them as chain, not entries.
            for (Entry entry : entries) {
                for (X509Certificate certificate : entry.chain().subList(1, entry.chain().size())) {
                    if (written.add(certificate)) {
                        certificateBags.add(new JcaPKCS12SafeBagBuilder(certificate).build());
                    }
                }
            }
            PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
            pfx.addEncryptedData(encryptor, certificateBags.toArray(PKCS12SafeBag[]::new));
            for (PKCS12SafeBag keyBag : keyBags) {
                pfx.addData(keyBag);
            }
            PKCS12PfxPdu pdu = pfx.build(new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256)
                    .setProvider(BouncyCastle.PROVIDER)
                    .setIterationCount(MAC_ITERATIONS), password);
            return pdu.getEncoded();
        } catch (OperatorCreationException | PKCSException e) {
            throw new IllegalStateException("cannot encode PKCS#12", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PKCS12SafeBag labelled(PKCS12SafeBagBuilder bag, String friendlyName, SubjectKeyIdentifier localKeyId) {
        return bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(friendlyName))
                .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId)
                .build();
    }
}
