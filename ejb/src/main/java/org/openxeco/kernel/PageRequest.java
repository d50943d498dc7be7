package org.openxeco.kernel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/**
 * Where a client wants a list to continue and how many items it wants. The size is capped
 * so no request can ask the node for an unbounded page.
 */
public record PageRequest(Optional<String> cursor, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw Problems.invalid("size", "page.size", MAX_SIZE);
        }
    }

    /** Refuses an offset page that starts before the first row or is too small or large. */
    public static void checkOffset(int first, int max) {
        if (first < 0) {
            throw Problems.invalid("first", "page.first");
        }
        if (max < 1 || max > MAX_SIZE) {
            throw Problems.invalid("size", "page.size", MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(Optional.empty(), size);
    }

    /**
     * Runs a keyset-paged query: one page after the cursor plus the total count; the
     * cursor of the next page carries the number of items before it.
     */
    public <T extends TrackedObject> Page<T> fetch(EntityManager em, QueryBuilder query,
            Class<T> type, String alias, SortOrder<T> sort) {
        String keyset = null;
        Map<String, Object> keysetParameters = Map.of();
        long before = 0;
        if (cursor.isPresent()) {
            Cursor position = Cursor.decode(cursor.get(), sort.name());
            keyset = sort.keyset(alias);
            keysetParameters = sort.keysetParameters(position);
            before = position.before();
        }

        List<T> rows = query.page(em, type, keyset, keysetParameters, sort.orderBy(alias),
                size + 1).getResultList();
        long total = query.count(em);

        boolean more = rows.size() > size;
        List<T> items = more ? rows.subList(0, size) : rows;
        Optional<String> next = more
                ? Optional.of(sort.cursorAfter(items.get(size - 1),
                        items.get(size - 1).getUuid().toString()).withBefore(before + size)
                        .encode())
                : Optional.empty();
        return new Page<>(List.copyOf(items), total, next, before);
    }
}
