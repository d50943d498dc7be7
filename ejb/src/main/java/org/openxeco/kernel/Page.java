package org.openxeco.kernel;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list: its items, the total number of matches, when more follow the opaque
 * cursor that continues after the last item, and how many items came before the page's
 * first (0 on a first page, or when not known).
 */
public record Page<T>(List<T> items, long total, Optional<String> next, long before) {

    /** A page whose number of items before it is not counted. */
    public Page(List<T> items, long total, Optional<String> next) {
        this(items, total, next, 0);
    }
}
