package dk.segl.holder;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The person in a certificate's subject {@code serialNumber} and in the directory:
 * {@code UI:DK-E:G:<user uuid>}, as OCES3 names the holder of an employee certificate.
 */
public record HolderId(UUID uuid) {

    private static final String PREFIX = "UI:DK-E:G:";

    public HolderId {
        Objects.requireNonNull(uuid, "uuid");
    }

    /** Reads the form a certificate or a CSR carries; empty for anything else. */
    public static Optional<HolderId> parse(String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(value.substring(PREFIX.length()));
            // UUID.fromString accepts short groups; only the canonical form names a holder.
            return uuid.toString().equals(value.substring(PREFIX.length())) ? Optional.of(new HolderId(uuid)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String value() {
        return PREFIX + uuid;
    }

    @Override
    public String toString() {
        return value();
    }
}
