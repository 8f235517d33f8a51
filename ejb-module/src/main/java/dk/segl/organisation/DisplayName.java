package dk.segl.organisation;

import dk.segl.error.DomainException;

/** Names of people and organisations: required, at most 200 characters, no control characters. */
final class DisplayName {

    private static final int MAX_LENGTH = 200;

    private DisplayName() {
    }

    static String require(String name, String rule, String what) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_LENGTH
                || name.chars().anyMatch(Character::isISOControl)) {
            throw DomainException.badInput(rule, what + " is required, at most " + MAX_LENGTH
                    + " characters, without control characters");
        }
        return name.strip();
    }
}
