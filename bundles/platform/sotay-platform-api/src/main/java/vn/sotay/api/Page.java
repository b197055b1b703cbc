package vn.sotay.api;

import java.util.List;

/**
 * One page of a list. {@code next} is an opaque cursor for the following page, {@code null} on the
 * last page; clients pass it back unchanged as the {@code cursor} query parameter.
 */
public record Page<T>(List<T> items, String next) {
    public Page {
        items = List.copyOf(items);
    }

    /** Builds the page from {@code limit + 1} fetched rows starting at {@code offset}. */
    public static <T> Page<T> ofOffset(List<T> fetched, int offset, int limit) {
        boolean more = fetched.size() > limit;
        return new Page<>(more ? fetched.subList(0, limit) : fetched, more ? Cursors.offset(offset + limit) : null);
    }
}
