package dk.segl.directory;

import java.util.Optional;

/** The issuing CA as the directory shows it: its certificate and, once there is one, its current CRL. */
public record CaEntry(String name, byte[] certificate, Optional<byte[]> crl) {

    String dn() {
        return DirectoryLayout.ca(name);
    }
}
