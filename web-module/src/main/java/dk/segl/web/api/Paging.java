package dk.segl.web.api;

import dk.segl.error.Rule;
import dk.segl.paging.PageRequest;

/** Reads {@code page} and {@code size} query parameters, refusing non-numbers by name. */
final class Paging {

    private Paging() {
    }

    static PageRequest of(String page, String size) {
        return new PageRequest(number(page, Rule.PAGE_INVALID), number(size, Rule.PAGE_SIZE));
    }

    private static int number(String value, Rule rule) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw rule.refusal();
        }
    }
}
