package dk.segl.holder;

/**
 * The organisation in a certificate's subject and in the directory: {@code NTRDK-<CVR>}, the
 * ETSI EN 319 412-1 form for a national trade register (NTR) of Denmark (DK).
 */
public record OrganizationIdentifier(Cvr cvr) {

    private static final String PREFIX = "NTRDK-";

    public OrganizationIdentifier {
        java.util.Objects.requireNonNull(cvr, "cvr");
    }

    public String value() {
        return PREFIX + cvr.value();
    }

    @Override
    public String toString() {
        return value();
    }
}
