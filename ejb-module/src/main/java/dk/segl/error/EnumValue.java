package dk.segl.error;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the domain's enumerations from outside input, refusing unknown values with the list of known ones. */
public final class EnumValue {

    private EnumValue() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, Rule rule, String what) {
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> rule.refusal(what + " must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
