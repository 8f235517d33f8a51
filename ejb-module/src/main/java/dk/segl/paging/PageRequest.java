package dk.segl.paging;

import dk.segl.error.DomainException;

/** Which page of a list to show: page numbers start at 0, a page holds 1 to 100 rows. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw DomainException.badInput("page-negative", "page starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.badInput("page-size", "size is between 1 and " + MAX_SIZE);
        }
    }

    public int offset() {
        return page * size;
    }
}
