package dk.segl.holder;

import dk.segl.error.Rule;
import java.util.UUID;

/** Certificate holders for tests that need one to sign for. */
public final class TestHolders {

    private TestHolders() {
    }

    public static CertificateHolder of(String cvr, String organisation, UUID user, String name, String email) {
        return new CertificateHolder(new Cvr(cvr), DisplayName.of(organisation, Rule.ORGANISATION_NAME),
                new HolderId(user), DisplayName.of(name, Rule.USER_NAME), new CertificateEmail(email));
    }
}
