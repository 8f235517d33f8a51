package dk.segl.ca;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;

/**
 * The root, issuing and OCSP signer keys on a PKCS#11 token (an HSM), under the same names as in
 * the PKCS#12 file: {@code root}, {@code issuing}, {@code ocsp}. Keys are made on the token and
 * stay there; the certificates are stored beside them, so a restart finds the same CA.
 */
public final class Pkcs11CaKeyStore implements CaKeyStore {

    private final Pkcs11Token token;
    private final String signatureAlgorithm;
    private final TokenCaKey root;
    private final TokenCaKey issuing;

    private Pkcs11CaKeyStore(Pkcs11Token token, String signatureAlgorithm) {
        this.token = token;
        this.signatureAlgorithm = signatureAlgorithm;
        this.root = token.key(Pkcs12CaKeyStore.ROOT_ALIAS, signatureAlgorithm);
        this.issuing = token.key(Pkcs12CaKeyStore.ISSUING_ALIAS, signatureAlgorithm);
        Pkcs12CaKeyStore.requireIssuedBy(issuing, root, token.description());
    }

    /** Whether the token holds a CA (its root and issuing keys). */
    static boolean holdsCa(Pkcs11Token token) {
        return token.holds(Pkcs12CaKeyStore.ROOT_ALIAS) && token.holds(Pkcs12CaKeyStore.ISSUING_ALIAS);
    }

    /** The CA on the token, made there first when it holds none. */
    static Pkcs11CaKeyStore openOrCreate(Pkcs11Token token, CaNames names, String configuredAlgorithm, Clock clock) {
        String signatureAlgorithm = CaKey.signatureAlgorithm(configuredAlgorithm);
        if (!holdsCa(token)) {
            CaHierarchy hierarchy = new CaHierarchy(names, signatureAlgorithm, clock, new SerialNumbers());
            KeyPair rootKeys = token.generateRsa(Pkcs12CaKeyStore.ROOT_KEY_BITS);
            X509Certificate root = hierarchy.rootCertificate(rootKeys.getPublic(),
                    TokenCaKey.signer(rootKeys.getPrivate(), token.provider(), signatureAlgorithm));
            token.store(Pkcs12CaKeyStore.ROOT_ALIAS, rootKeys.getPrivate(), root);
            TokenCaKey rootKey = token.key(Pkcs12CaKeyStore.ROOT_ALIAS, signatureAlgorithm);
            KeyPair issuingKeys = token.generateRsa(Pkcs12CaKeyStore.ISSUING_KEY_BITS);
            token.store(Pkcs12CaKeyStore.ISSUING_ALIAS, issuingKeys.getPrivate(),
                    hierarchy.issuingCertificate(rootKey, issuingKeys.getPublic()), root);
        }
        return new Pkcs11CaKeyStore(token, signatureAlgorithm);
    }

    @Override
    public CaKey root() {
        return root;
    }

    @Override
    public CaKey issuing() {
        return issuing;
    }

    /** The token's issuing CA certificate is not re-issued at start: a new one is an operator's act. */
    @Override
    public X509Certificate issuingAsFound() {
        return issuing.certificate();
    }

    /**
     * Not on a token yet: SunPKCS11 replaces a key entry's certificate only by deleting the entry,
     * and with it the key, which must never leave nor vanish from the token.
     */
    @Override
    public void replaceIssuingCertificate(X509Certificate certificate) {
        throw new IllegalStateException(KeyCustody.REISSUE_REFUSAL + "re-issuing the issuing CA certificate on a"
                + " PKCS#11 token is not supported yet (" + token.description() + "); nothing was changed.");
    }

    @Override
    public Optional<CaKey> ocspSigner() {
        if (!token.holds(OcspSignerFile.ALIAS)) {
            return Optional.empty();
        }
        TokenCaKey signer = token.key(OcspSignerFile.ALIAS, signatureAlgorithm);
        Pkcs12CaKeyStore.requireIssuedBy(signer, issuing, token.description());
        return Optional.of(signer);
    }

    @Override
    public CaKey issueOcspSigner(OcspSignerProfile profile) {
        KeyPair keys = token.generateRsa(OcspSignerFile.KEY_BITS);
        X509Certificate certificate = profile.issue(issuing, keys.getPublic(), new SerialNumbers().next());
        token.store(OcspSignerFile.ALIAS, keys.getPrivate(), certificate, issuing.certificate());
        return token.key(OcspSignerFile.ALIAS, signatureAlgorithm);
    }
}
