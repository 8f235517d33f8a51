package dk.segl.organisation;

import dk.segl.error.Rule;

/** The name a person logs in with: 2 to 100 of a-z, 0-9, '.', '_', '-' and '@', case-insensitive. */
public record LoginName(String value) {

    public LoginName {
        if (value == null || !value.strip().matches("[A-Za-z0-9._@-]{2,100}")) {
            throw Rule.LOGIN_NAME_FORMAT.refusal();
        }
        value = value.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
