package dk.segl.ca;

import java.util.UUID;

/** Who a user certificate is for, as the registration authority approved it. */
public record UserCertificateSubject(String cvr, String organisationName, UUID userUuid, String userName, String email) {
}
