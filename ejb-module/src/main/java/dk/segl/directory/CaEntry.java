package dk.segl.directory;

import java.util.Optional;

/** The issuing CA as the directory shows it: its certificate and, once there are, its current full and delta CRLs. */
public record CaEntry(String name, byte[] certificate, Optional<byte[]> crl, Optional<byte[]> deltaCrl) {

    String dn() {
        return DirectoryLayout.ca(name);
    }
}
