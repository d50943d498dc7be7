package org.openxeco.directory;

import java.util.Arrays;
import java.util.function.Function;

import org.openxeco.kernel.Problems;
import org.openxeco.kernel.SortOrder;

/** The orders in which entities can be listed. */
public enum OrganisationSort {
    NAME("name", "sortKey", false, Organisation::getSortKey, k -> k),
    NAME_DESC("-name", "sortKey", true, Organisation::getSortKey, k -> k),
    UPDATED("updated", "changeSeq", false, o -> Long.toString(o.getChangeSeq()), Long::valueOf),
    UPDATED_DESC("-updated", "changeSeq", true, o -> Long.toString(o.getChangeSeq()),
            Long::valueOf);

    private final SortOrder<Organisation> order;

    OrganisationSort(String name, String path, boolean descending,
            Function<Organisation, String> keyOf, Function<String, Object> parseKey) {
        this.order = new SortOrder<>(name, path, descending, keyOf, parseKey);
    }

    public SortOrder<Organisation> order() {
        return order;
    }

    /** The sort named by a client, such as {@code name} or {@code -updated}. */
    public static OrganisationSort parse(String name) {
        return Arrays.stream(values()).filter(s -> s.order.name().equals(name)).findFirst()
                .orElseThrow(() -> Problems.invalid("sort", "sort.unknown", name,
                        "name, -name, updated, -updated"));
    }
}
