package dk.segl.web.api;

import dk.segl.error.DomainException;
import dk.segl.paging.PageRequest;

/** Reads {@code page} and {@code size} query parameters, refusing non-numbers by name. */
final class Paging {

    private Paging() {
    }

    static PageRequest of(String page, String size) {
        return new PageRequest(number(page, "page"), number(size, "size"));
    }

    private static int number(String value, String name) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.badInput("page-" + name, name + " must be a whole number");
        }
    }
}
