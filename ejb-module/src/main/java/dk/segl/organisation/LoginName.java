package dk.segl.organisation;

import dk.segl.error.DomainException;

/** The name a person logs in with: 2 to 100 of a-z, 0-9, '.', '_', '-' and '@', case-insensitive. */
public record LoginName(String value) {

    public LoginName {
        if (value == null || !value.strip().matches("[A-Za-z0-9._@-]{2,100}")) {
            throw DomainException.badInput("login-name-format",
                    "A login name is 2 to 100 letters a-z, digits, '.', '_', '-' or '@'");
        }
        value = value.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
