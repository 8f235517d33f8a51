package dk.segl.holder;

import dk.segl.error.Rule;
import java.util.regex.Pattern;

/** A Danish CVR number: exactly eight digits. */
public record Cvr(String value) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{8}");

    public Cvr {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw Rule.CVR_FORMAT.refusal();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
