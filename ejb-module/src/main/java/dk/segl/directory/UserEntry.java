package dk.segl.directory;

import dk.segl.holder.Cvr;
import dk.segl.holder.HolderId;
import java.util.List;

/**
 * What the directory shows of one certificate holder: who they are, their organisation, and one
 * certificate value per published, valid certificate (never empty: no certificate, no entry).
 */
public record UserEntry(Cvr cvr, String organisationName, HolderId holder, String name, String email,
                 List<byte[]> certificates) {

    public UserEntry {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("a directory entry holds at least one certificate");
        }
        certificates = List.copyOf(certificates);
    }

    String dn() {
        return DirectoryLayout.user(cvr, holder);
    }

    String serialNumber() {
        return holder.value();
    }

    /** inetOrgPerson requires a surname; Segl keeps one name, so its last word stands in. */
    String surname() {
        String trimmed = name.strip();
        int lastSpace = trimmed.lastIndexOf(' ');
        return lastSpace < 0 ? trimmed : trimmed.substring(lastSpace + 1);
    }
}
