package dk.segl.paging;

import dk.segl.error.Rule;

/** Which page of a list to show: page numbers start at 0, a page holds 1 to 100 rows. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw Rule.PAGE_INVALID.refusal("page starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Rule.PAGE_SIZE.refusal("size is between 1 and " + MAX_SIZE);
        }
    }

    public int offset() {
        return page * size;
    }
}
