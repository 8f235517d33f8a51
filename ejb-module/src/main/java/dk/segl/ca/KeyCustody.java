package dk.segl.ca;

import dk.segl.custody.CaIdentity;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Whether the CA keys a node reaches are the CA its database belongs to. Every refusal says what
 * was found, what the database expects, and what the operator does about it: a node that signed
 * with other keys would make a second CA on one database, or orphan every certificate issued so far.
 */
final class KeyCustody {

    static final String REFUSAL = "Segl refuses to start: ";
    static final String INIT_REFUSAL = "segl ca init refuses: ";
    static final String REISSUE_REFUSAL = "segl ca reissue refuses: ";

    private KeyCustody() {
    }

    /** SHA-256 of the DER certificate as {@code openssl x509 -fingerprint -sha256} prints it. */
    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot fingerprint " + certificate.getSubjectX500Principal(), e);
        }
    }

    static CaIdentity identity(X509Certificate root, X509Certificate issuing) {
        return new CaIdentity(fingerprint(root), fingerprint(issuing));
    }

    /** A new CA may be made only for a database that has none, and only when configured to at start. */
    static void requireMayCreate(Optional<CaIdentity> recorded, String keys, boolean createAtStart) {
        if (recorded.isPresent()) {
            throw new IllegalStateException(REFUSAL + "this database belongs to the CA " + describe(recorded.get())
                    + ", but there is no CA in " + keys + ". A new CA here would orphan every certificate the"
                    + " database holds. Restore the CA keys from the backup, or point SEGL_HOME (PKCS#12) or"
                    + " SEGL_CA_PKCS11_* (HSM) at the keys of this database's CA (README, \"CA keys\").");
        }
        if (!createAtStart) {
            throw new IllegalStateException(REFUSAL + "the database has no CA, there is no CA in " + keys
                    + ", and segl.ca.create-at-start is false (the default unless the database is the embedded H2)."
                    + " Create the CA deliberately with `segl ca init` (README, \"CA keys\"),"
                    + " or start once with SEGL_CA_CREATE_AT_START=true.");
        }
    }

    /** {@code segl ca init} makes a CA only where neither the database nor the keys have one. */
    static void requireNoCa(Optional<CaIdentity> recorded, boolean keysHoldCa, String keys) {
        if (recorded.isPresent()) {
            throw new IllegalStateException(INIT_REFUSAL + "the database already belongs to the CA "
                    + describe(recorded.get()) + ". A database has one CA; nothing was created. Start Segl on it"
                    + " with that CA's keys, or give the new CA a new database (SEGL_DB_URL).");
        }
        if (keysHoldCa) {
            throw new IllegalStateException(INIT_REFUSAL + keys + " already holds a CA. Nothing was created and"
                    + " nothing overwritten. Point SEGL_HOME (PKCS#12) or SEGL_CA_PKCS11_* (HSM) at an empty place,"
                    + " or start Segl on these keys with the database they belong to.");
        }
    }

    /** {@code segl ca reissue} re-certifies the issuing key of the database's CA, which must be there. */
    static CaIdentity requireCaToReissue(Optional<CaIdentity> recorded, boolean keysHoldCa, String keys) {
        CaIdentity identity = recorded.orElseThrow(() -> new IllegalStateException(REISSUE_REFUSAL
                + "the database has no CA yet: create it with `segl ca init`."));
        if (!keysHoldCa) {
            throw new IllegalStateException(REISSUE_REFUSAL + "there is no CA in " + keys + ", but the database"
                    + " belongs to the CA " + describe(identity) + ". Point SEGL_HOME (PKCS#12) or SEGL_CA_PKCS11_*"
                    + " (HSM) at its keys.");
        }
        return identity;
    }

    /** {@code found} is the store's CA; {@code foundBefore} the same before this start re-issued its issuing certificate. */
    static void requireSameCa(String refusal, CaIdentity recorded, CaIdentity found, CaIdentity foundBefore,
            String keys) {
        if (!recorded.equals(found) && !recorded.equals(foundBefore)) {
            throw new IllegalStateException(refusal + keys + " holds the CA "
                    + describe(foundBefore) + ", but this database belongs to the CA " + describe(recorded)
                    + ". Signing with these keys would give the database a second CA. Point SEGL_HOME (PKCS#12)"
                    + " or SEGL_CA_PKCS11_* (HSM) at the keys of the database's CA, or the database (SEGL_DB_URL)"
                    + " at the one of these keys (README, \"CA keys\").");
        }
    }

    static String describe(CaIdentity identity) {
        return "with root certificate SHA-256 " + identity.rootFingerprint() + " and issuing CA certificate SHA-256 "
                + identity.issuingFingerprint();
    }
}
