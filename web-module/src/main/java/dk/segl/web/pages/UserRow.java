package dk.segl.web.pages;

import dk.segl.holder.CertificateEmail;
import dk.segl.organisation.Role;
import dk.segl.organisation.UserAccount;
import java.io.Serializable;
import java.util.List;

/** A user as the pages show them; kept in the view between clicks, so it holds no entity. */
public record UserRow(String id, String name, String email, boolean emailCanGoInCertificate, String status,
                      boolean activated, List<String> roles) implements Serializable {

    static UserRow of(UserAccount user) {
        return new UserRow(user.id(), user.name(), user.email().value(), CertificateEmail.canCarry(user.email()),
                user.status().name(), user.isActivated(), user.roles().stream().sorted().map(Role::name).toList());
    }
}
