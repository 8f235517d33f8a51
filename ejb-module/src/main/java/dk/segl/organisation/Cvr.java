package dk.segl.organisation;

import dk.segl.error.DomainException;

/** A Danish CVR number: exactly eight digits. */
public record Cvr(String value) {

    public Cvr {
        if (value == null || !value.matches("[0-9]{8}")) {
            throw DomainException.badInput("cvr-format", "A CVR number is exactly 8 digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
