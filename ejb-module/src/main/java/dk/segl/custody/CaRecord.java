package dk.segl.custody;

import java.util.Optional;

/**
 * The database's record of its CA, as the server's start and the operator's commands read and
 * write it: both through {@link CaIdentityTable}, in the caller's transaction.
 */
public interface CaRecord {

    Optional<CaIdentity> recorded();

    /** Claims the database for {@code identity}; fails when it already names a CA. */
    void record(CaIdentity identity);

    /** The issuing CA got a new certificate for the same key; the row names it from now on, if it still names {@code before}. */
    boolean reissued(CaIdentity before, String issuingFingerprint);
}
