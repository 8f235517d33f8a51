package dk.segl.web.pages;

import dk.segl.holder.CertificateEmail;
import dk.segl.language.Language;
import dk.segl.organisation.Role;
import dk.segl.organisation.UserAccount;
import java.io.Serializable;
import java.util.List;

/**
 * A user as the pages show them; kept in the view between clicks, so it holds no entity. The
 * language is the code of the one chosen for the user's mails, empty for Segl's default. The login
 * name says whom a batch change (Delete selected) means.
 */
public record UserRow(String id, String name, String email, boolean emailCanGoInCertificate, String status,
                      boolean activated, List<String> roles, String language, String loginName)
        implements Serializable {

    static UserRow of(UserAccount user) {
        return new UserRow(user.id(), user.name(), user.email().value(), CertificateEmail.canCarry(user.email()),
                user.status().name(), user.isActivated(), user.roles().stream().sorted().map(Role::name).toList(),
                user.language().map(Language::code).orElse(""), user.loginName());
    }
}
