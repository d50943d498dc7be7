package org.openxeco.kernel;

import java.util.Map;
import java.util.function.Function;

/**
 * A sort order usable with keyset paging: the JPQL path of its key, its direction, how to
 * read the key of an item for the cursor and how to turn a cursor key back into a value.
 */
public record SortOrder<T>(String name, String path, boolean descending,
        Function<T, String> keyOf, Function<String, Object> parseKey) {

    /** The order by clause, with the UUID as tie-breaker in the same direction. */
    public String orderBy(String alias) {
        String direction = descending ? " desc" : " asc";
        return alias + "." + path + direction + ", " + alias + ".uuid" + direction;
    }

    /** The condition selecting the items after the cursor position. */
    public String keyset(String alias) {
        String op = descending ? "<" : ">";
        String key = alias + "." + path;
        return "(" + key + " " + op + " :afterKey or (" + key + " = :afterKey and "
                + alias + ".uuid " + op + " :afterUuid))";
    }

    public Map<String, Object> keysetParameters(Cursor cursor) {
        Object key;
        try {
            key = parseKey.apply(cursor.key());
        } catch (RuntimeException e) {
            throw Problems.invalid("cursor", "cursor.otherList");
        }
        return Map.of("afterKey", key, "afterUuid", cursor.uuid());
    }

    public Cursor cursorAfter(T item, String uuid) {
        return new Cursor(name, keyOf.apply(item), uuid);
    }
}
