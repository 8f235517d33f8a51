package dk.segl.ca;

import dk.segl.custody.CaIdentity;
import dk.segl.custody.CaRecord;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The configured CA keys held against the database's record of its CA ({@link KeyCustody} decides):
 * at every start ({@link CertificateAuthority}) and in the operator's {@code segl ca init} and
 * {@code segl ca reissue}, so the server and the commands follow one set of rules.
 */
public final class CaCustody {

    private static final Logger LOG = Logger.getLogger(CaCustody.class.getName());

    private final CaKeyPlace place;
    private final CaHierarchy hierarchy;

    private CaCustody(CaKeyPlace place, CaHierarchy hierarchy) {
        this.place = place;
        this.hierarchy = hierarchy;
    }

    /** Opens the configured place (a PKCS#11 token logs in here); nothing is created yet. */
    public static CaCustody configured(CaKeyConfiguration configuration, Clock clock) {
        return new CaCustody(configuration.place(clock), new CaHierarchy(configuration.names(),
                CaKey.signatureAlgorithm(configuration.signatureAlgorithm()), clock, new SerialNumbers()));
    }

    /** Where the keys are, as messages name them. */
    public String keys() {
        return place.description();
    }

    /**
     * The configured keys' CA, once it is known to be the database's: made here only for a database
     * without a CA when {@code createAtStart} allows, and recorded before it signs anything.
     */
    CaKeyStore atStart(CaRecord record, boolean createAtStart) {
        Optional<CaIdentity> recorded = record.recorded();
        if (!place.holdsCa()) {
            KeyCustody.requireMayCreate(recorded, keys(), createAtStart);
        }
        CaKeyStore opened = place.openOrCreate().get();
        CaIdentity found = KeyCustody.identity(opened.root().certificate(), opened.issuing().certificate());
        CaIdentity foundBefore = KeyCustody.identity(opened.root().certificate(), opened.issuingAsFound());
        if (recorded.isPresent()) {
            KeyCustody.requireSameCa(KeyCustody.REFUSAL, recorded.get(), found, foundBefore, keys());
            if (!recorded.get().equals(found)) {
                record.reissued(recorded.get(), found.issuingFingerprint());
            }
        } else {
            claim(record, found, foundBefore);
            LOG.info(() -> (place.holdsCa() ? "The database named no CA yet: recorded the CA in "
                    : "The database had no CA and there was none in ") + keys() + ": "
                    + (place.holdsCa() ? "" : "created a new CA ") + KeyCustody.describe(found)
                    + " as this database's CA");
        }
        return opened;
    }

    /** Two nodes that start on one empty database at once: the first row wins, the other node compares with it. */
    private void claim(CaRecord record, CaIdentity found, CaIdentity foundBefore) {
        try {
            record.record(found);
        } catch (RuntimeException raced) {
            KeyCustody.requireSameCa(KeyCustody.REFUSAL, record.recorded().orElseThrow(() -> raced), found,
                    foundBefore, keys());
        }
    }

    /** {@code segl ca init}'s precondition, checked before its intent is logged: no CA in the database nor the keys. */
    public void requireNoCa(Optional<CaIdentity> recorded) {
        KeyCustody.requireNoCa(recorded, place.holdsCa(), keys());
    }

    /** Creates the root and issuing CA in the configured place and records them, in {@code record}'s transaction. */
    public CaCertificates create(CaRecord record) {
        requireNoCa(record.recorded());
        CaKeyStore created = place.openOrCreate().get();
        CaCertificates certificates = new CaCertificates(created.root().certificate(), created.issuing().certificate());
        record.record(certificates.identity());
        return certificates;
    }

    /** {@code segl ca reissue}'s precondition: the database's CA, whose keys are configured. */
    public CaIdentity requireCaToReissue(Optional<CaIdentity> recorded) {
        return KeyCustody.requireCaToReissue(recorded, place.holdsCa(), keys());
    }

    /**
     * A new issuing CA certificate for the same key, subject and end, under the configured policies;
     * recorded in {@code record}'s transaction before the keys are rewritten, so a failed write
     * leaves the record to be rolled back with it.
     */
    public CaCertificates reissue(CaRecord record) {
        CaIdentity recorded = requireCaToReissue(record.recorded());
        CaKeyStore opened = place.openOrCreate().get();
        KeyCustody.requireSameCa(KeyCustody.REISSUE_REFUSAL, recorded,
                KeyCustody.identity(opened.root().certificate(), opened.issuing().certificate()),
                KeyCustody.identity(opened.root().certificate(), opened.issuingAsFound()), keys());
        X509Certificate issuing = hierarchy.reissuedCertificate(opened.root(), opened.issuing());
        CaCertificates reissued = new CaCertificates(opened.root().certificate(), issuing);
        if (!record.reissued(recorded, reissued.identity().issuingFingerprint())) {
            throw new IllegalStateException(KeyCustody.REISSUE_REFUSAL + "the database's CA record changed meanwhile;"
                    + " nothing was changed. Run the command again.");
        }
        opened.replaceIssuingCertificate(issuing);
        return reissued;
    }
}
