package org.openxeco.dashboard;

import java.util.List;

/**
 * How entities spread over the values of something: the largest shares, largest first; how
 * many entities hold a value outside them ({@code other}, whatever else they hold), and how
 * many hold none.
 */
public record Distribution(List<Share> top, long other, long none) {

    public Distribution {
        top = List.copyOf(top);
    }

    /** Nothing to show: no entity, or no value that any entity holds. */
    public boolean isEmpty() {
        return top.isEmpty() && other == 0 && none == 0;
    }
}
