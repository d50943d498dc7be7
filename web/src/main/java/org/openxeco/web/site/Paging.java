package org.openxeco.web.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a visitor is in a paged list: the current page (from 1), the number of pages and a
 * few page numbers around the current one to link to.
 */
public record Paging(int current, int count, List<Integer> around) {

    public static final int SIZE = 20;

    /** The paging of a list of {@code total} matches seen at page {@code current}. */
    static Paging of(long total, int current) {
        int count = last(total);
        List<Integer> around = new ArrayList<>();
        for (int n = Math.max(1, current - 2); n <= Math.min(count, current + 2); n++) {
            around.add(n);
        }
        return new Paging(current, count, List.copyOf(around));
    }

    /** The position of the first item of a page (from 1), or of the last page if past it. */
    static int first(Integer page) {
        return (page == null || page < 1 ? 0 : Math.min(page - 1, 10_000)) * SIZE;
    }

    /** The number of the last page of {@code total} matches; 1 when there are none. */
    static int last(long total) {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    /** A page number from a request parameter: 1 unless a positive number. */
    static int number(Integer page) {
        return page == null || page < 1 ? 1 : Math.min(page, 10_001);
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < count;
    }
}
