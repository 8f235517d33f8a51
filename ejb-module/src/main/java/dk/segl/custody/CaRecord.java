package dk.segl.custody;

import java.util.Optional;

/**
 * The database's record of its CA, as the server's start ({@link CaRegistry}, each call in a
 * transaction of its own) and the operator's commands ({@link CaIdentityTable} on their connection)
 * read and write it; the statements are {@link CaIdentityTable}'s in both.
 */
public interface CaRecord {

    Optional<CaIdentity> recorded();

    /** Claims the database for {@code identity}; fails when it already names a CA. */
    void record(CaIdentity identity);

    /** The issuing CA got a new certificate for the same key; the row names it from now on, if it still names {@code before}. */
    boolean reissued(CaIdentity before, String issuingFingerprint);
}
