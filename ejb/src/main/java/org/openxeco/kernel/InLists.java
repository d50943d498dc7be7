package org.openxeco.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits the values of an {@code in :list} condition into lists of a size that every
 * supported database handles well. H2 checks each row it reads against every value of an
 * IN list given as parameters, so one query over n values costs in the order of n²
 * comparisons; lists of {@link #SIZE} values keep that small while a few hundred values
 * still take only a few queries. The size also stays far under the parameter limits of
 * H2 and PostgreSQL.
 */
public final class InLists {

    /** Values per query. */
    public static final int SIZE = 100;

    private InLists() {
    }

    /** Calls the query once per list of at most {@link #SIZE} of the (distinct) values. */
    public static <T> void each(Collection<T> values, Consumer<List<T>> query) {
        List<T> all = values.stream().distinct().toList();
        for (int from = 0; from < all.size(); from += SIZE) {
            query.accept(new ArrayList<>(all.subList(from, Math.min(all.size(), from + SIZE))));
        }
    }
}
