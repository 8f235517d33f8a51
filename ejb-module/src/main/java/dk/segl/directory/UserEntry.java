package dk.segl.directory;

import java.util.List;
import java.util.UUID;

/**
 * What the directory shows of one certificate holder: who they are, their organisation, and one
 * certificate value per published, valid certificate (never empty: no certificate, no entry).
 */
public record UserEntry(String cvr, String organisationName, UUID user, String name, String email,
                 List<byte[]> certificates) {

    public UserEntry {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("a directory entry holds at least one certificate");
        }
        certificates = List.copyOf(certificates);
    }

    String dn() {
        return DirectoryLayout.user(cvr, user);
    }

    String serialNumber() {
        return DirectoryLayout.serialNumber(user);
    }

    /** inetOrgPerson requires a surname; Segl keeps one name, so its last word stands in. */
    String surname() {
        String trimmed = name.strip();
        int lastSpace = trimmed.lastIndexOf(' ');
        return lastSpace < 0 ? trimmed : trimmed.substring(lastSpace + 1);
    }
}
