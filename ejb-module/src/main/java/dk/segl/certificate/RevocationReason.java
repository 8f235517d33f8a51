package dk.segl.certificate;

/** The reasons an administrator may give, as the seed words them, with their RFC 5280 codes. */
public enum RevocationReason {
    /** The organisation no longer exists. */
    CESSATION_OF_OPERATION(5),
    /** Suspicion of misuse, e.g. a stolen computer. */
    KEY_COMPROMISE(1),
    /** Certificate information is no longer correct, e.g. a name change. */
    AFFILIATION_CHANGED(3);

    private final int code;

    RevocationReason(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
