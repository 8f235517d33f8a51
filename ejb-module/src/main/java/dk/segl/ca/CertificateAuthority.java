package dk.segl.ca;

import dk.segl.config.SeglConfig;
import dk.segl.files.PrivateFiles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The only holder of the CA keys. It signs what it is given, within the profile, and decides no
 * policy: the registration side (the certificate services) has already checked who may have
 * what. Keys that cannot be opened stop the deployment at start, with the reason.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class CertificateAuthority {

    private static final Logger LOG = Logger.getLogger(CertificateAuthority.class.getName());

    @Inject
    SeglConfig config;

    @Inject
    Clock clock;

    private Pkcs12CaKeyStore keys;
    private ProfileSigner signer;

    @PostConstruct
    void open() {
        Path folder = config.home().resolve("ca");
        PrivateFiles.removeLeftovers(folder);
        char[] password = KeystorePassword.resolve(config.keystorePassword(), folder.resolve("ca.p12.password"));
        keys = Pkcs12CaKeyStore.openOrCreate(folder.resolve("ca.p12"), password,
                new CaNames(config.rootCaName(), config.issuingCaName(), config.caOrganisation(), config.publicBaseUrl()),
                config.signatureAlgorithm(), clock);
        signer = new ProfileSigner(config.publicBaseUrl(), config.policyOids(), clock);
        LOG.info(() -> "CA keys ready: issuing CA " + keys.issuing().certificate().getSubjectX500Principal().getName());
    }

    public X509Certificate rootCertificate() {
        return keys.root().certificate();
    }

    public X509Certificate issuingCertificate() {
        return keys.issuing().certificate();
    }

    public List<X509Certificate> chain() {
        return List.of(issuingCertificate(), rootCertificate());
    }

    /** Signs a certificate of the kind a {@link Profiles} entry names about {@code about}, under the issuing CA. */
    public <S> X509Certificate sign(CertificateProfile<S> profile, S about, PublicKey key, SerialNumber serial) {
        return signer.issue(keys.issuing(), profile, about, key, serial);
    }

    public X509CRL signCrl(CaLevel level, BigInteger number, Instant thisUpdate, Instant nextUpdate,
                           List<RevokedEntry> entries) {
        CaKey key = level == CaLevel.ROOT ? keys.root() : keys.issuing();
        return new CrlEncoder().encode(key, number, thisUpdate, nextUpdate, entries);
    }

    /** Usable when both keys can sign; readiness reports this. */
    public boolean ready() {
        return keys != null && keys.root().contentSigner() != null && keys.issuing().contentSigner() != null;
    }
}
