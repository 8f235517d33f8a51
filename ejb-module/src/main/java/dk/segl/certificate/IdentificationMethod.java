package dk.segl.certificate;

import java.util.EnumSet;
import java.util.Set;

/**
 * How the user is identified before issuance. "User login" means the user follows a link from
 * email; "Identification via API" means the organisation's IdM system vouches for the user.
 */
public enum IdentificationMethod {
    USER_LOGIN(EnumSet.of(IssuanceMethod.BROWSER, IssuanceMethod.HARDWARE)),
    API(EnumSet.of(IssuanceMethod.EST));

    private final Set<IssuanceMethod> issuanceMethods;

    IdentificationMethod(Set<IssuanceMethod> issuanceMethods) {
        this.issuanceMethods = issuanceMethods;
    }

    public boolean allows(IssuanceMethod method) {
        return issuanceMethods.contains(method);
    }

    public Set<IssuanceMethod> issuanceMethods() {
        return EnumSet.copyOf(issuanceMethods);
    }
}
