package dk.segl.ca;

import dk.segl.audit.AuditLog;
import dk.segl.config.SeglConfig;
import dk.segl.custody.CaRegistry;
import dk.segl.files.PrivateFiles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x509.Extension;

/**
 * The only holder of the CA keys. It signs what it is given, within the profile, and decides no
 * policy: the registration side (the certificate services) has already checked who may have
 * what. Keys that cannot be opened, or that are not the CA the database belongs to
 * ({@link KeyCustody}), stop the deployment at start, with the reason.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
public class CertificateAuthority {

    private static final Logger LOG = Logger.getLogger(CertificateAuthority.class.getName());

    /** The actor of the CA's own entries in the audit log. */
    private static final String SIGNER = "segl-ca";

    @Inject
    SeglConfig config;

    @EJB
    AuditLog audit;

    @Inject
    Clock clock;

    @EJB
    CaRegistry registry;

    /** Encodes CRL entries while the database is read, so a large CRL takes both cores. */
    @Resource
    ManagedExecutorService crlEncoder;

    private CaKeyStore keys;
    private ProfileSigner signer;
    /** Replaced whole at renewal; readers sign with whichever signer they read. */
    private volatile CaKey ocspSigner;
    private Path crlSpools;

    @PostConstruct
    void open() {
        keys = inCustody();
        crlSpools = PrivateFiles.folder(config.home().resolve("crl"));
        PrivateFiles.removeLeftovers(crlSpools);
        signer = new ProfileSigner(config.publicBaseUrl(), config.policyOids(), clock);
        ocspSigner = keys.ocspSigner().orElse(null);
        LOG.info(() -> "CA keys ready: issuing CA " + keys.issuing().certificate().getSubjectX500Principal().getName());
    }

    /** The configured keys, once {@link CaCustody} found them to be the database's CA (or made them so). */
    private CaKeyStore inCustody() {
        try {
            return CaCustody.configured(keyConfiguration(config), clock).atStart(registry, config.caCreateAtStart());
        } catch (IllegalStateException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
    }

    /** Where the CA keys are: on a PKCS#11 token when {@code segl.ca.pkcs11.library} is set, else in SEGL_HOME/ca/ca.p12. */
    static CaKeyConfiguration keyConfiguration(SeglConfig config) {
        return new CaKeyConfiguration(config.home(), config.keystorePassword(), config.pkcs11Library(),
                config.pkcs11Slot(), config.pkcs11SlotListIndex(), config.pkcs11Pin(), config.pkcs11PinFile(),
                new CaNames(config.rootCaName(), config.issuingCaName(), config.caOrganisation(),
                        config.publicBaseUrl(), config.policyOids()), config.signatureAlgorithm());
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

    /**
     * Signs a certificate of the kind a {@link Profiles} entry names, about {@code about}, under the
     * issuing CA. Every signature is in the audit log: its intent before, its result after.
     */
    public <S> X509Certificate sign(CertificateProfile<S> profile, S about, PublicKey key, SerialNumber serial) {
        audit.intent(SIGNER, "ca.sign-certificate", profile.name(), "serial " + serial);
        X509Certificate certificate = signer.issue(keys.issuing(), profile, about, key, serial);
        audit.done(SIGNER, "ca.sign-certificate", profile.name(), "serial " + serial + " until "
                + certificate.getNotAfter().toInstant());
        return certificate;
    }

    /** An empty spool for one CRL's entries, owner-only under {@code SEGL_HOME/crl}; the caller closes it. */
    public CrlEntrySpool crlSpool() {
        return CrlEntrySpool.in(crlSpools, crlEncoder);
    }

    /** A CRL of the CA at {@code level}, DER; audited like every signature. */
    public byte[] signCrl(CaLevel level, CrlHeader header, CrlEntrySpool entries) {
        CaKey key = level == CaLevel.ROOT ? keys.root() : keys.issuing();
        String crl = (header.baseNumber().isPresent() ? "delta CRL " : "CRL ") + header.number();
        audit.intent(SIGNER, "ca.sign-crl", level.name(), crl + " of " + entries.count() + " entries");
        byte[] der = new CrlEncoder().encode(key, header, entries);
        audit.done(SIGNER, "ca.sign-crl", level.name(), crl + " next update " + header.nextUpdate());
        return der;
    }

    /** Whether {@link #renewOcspSignerIfDue} would issue a signer now: the caller audits the intent first. */
    public boolean ocspSignerDue(Duration renewBefore) {
        CaKey current = ocspSigner;
        return OcspSignerProfile.renewalDue(current == null ? null : current.certificate(), clock.instant(), renewBefore);
    }

    /**
     * Issues the issuing CA's OCSP signer when there is none, or when the current one has less
     * than {@code renewBefore} left; answers the new certificate when it did. The write lock holds
     * other calls only while the new key is made (first start and once per renewal).
     */
    @Lock(LockType.WRITE)
    public Optional<X509Certificate> renewOcspSignerIfDue(Duration lifetime, Duration renewBefore) {
        if (!ocspSignerDue(renewBefore)) {
            return Optional.empty();
        }
        ocspSigner = keys.issueOcspSigner(new OcspSignerProfile(lifetime, clock));
        LOG.info(() -> "New OCSP signer, valid until " + ocspSigner.certificate().getNotAfter().toInstant());
        return Optional.of(ocspSigner.certificate());
    }

    /**
     * Who signs OCSP responses about {@code level}'s certificates: the root itself (it answers
     * only for the issuing CA), and for the issuing CA's certificates its delegated OCSP signer.
     */
    public X509Certificate ocspResponder(CaLevel level) {
        return ocspKey(level).certificate();
    }

    public byte[] signOcspResponse(CaLevel level, List<OcspResponseEncoder.Answer> answers, Instant thisUpdate,
            Instant nextUpdate, Instant producedAt, Optional<Extension> nonce) {
        return OcspResponseEncoder.sign(ocspKey(level), answers, thisUpdate, nextUpdate, producedAt, nonce);
    }

    private CaKey ocspKey(CaLevel level) {
        CaKey key = level == CaLevel.ROOT ? keys.root() : ocspSigner;
        if (key == null) {
            throw new IllegalStateException("the OCSP signer has not been issued yet");
        }
        return key;
    }

    /** Usable when both keys and the OCSP signer can sign; readiness reports this. */
    public boolean ready() {
        return keys != null && keys.root().contentSigner() != null && keys.issuing().contentSigner() != null
                && ocspSigner != null && ocspSigner.contentSigner() != null;
    }
}
