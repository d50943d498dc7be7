package org.openxeco.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset position in a sorted list: the sort it belongs to, the sort key of the last item,
 * that item's UUID as tie-breaker and how many items came before the position (so that a
 * page knows where it starts; 0 when not known). Travels as an opaque URL-safe token.
 */
public record Cursor(String sort, String key, String uuid, long before) {

    private static final String VERSION = "c1";
    private static final char SEPARATOR = '\u001f';

    /** A position whose number of items before it is not counted. */
    public Cursor(String sort, String key, String uuid) {
        this(sort, key, uuid, 0);
    }

    /** The same position with the number of items before it. */
    public Cursor withBefore(long count) {
        return new Cursor(sort, key, uuid, count);
    }

    /** The token a client passes back to get the next page. */
    public String encode() {
        String raw = VERSION + SEPARATOR + sort + SEPARATOR + key + SEPARATOR + uuid
                + SEPARATOR + before;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token for the given sort, refusing anything this node did not hand out. */
    public static Cursor decode(String token, String expectedSort) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("cursor", "cursor.unknown");
        }
        String[] parts = raw.split(String.valueOf(SEPARATOR), -1);
        // Tokens of four parts were handed out before the count was carried.
        long before = parts.length == 5 ? count(parts[4]) : 0;
        if (parts.length < 4 || parts.length > 5 || before < 0 || !VERSION.equals(parts[0])
                || !isUuid(parts[3])) {
            throw Problems.invalid("cursor", "cursor.unknown");
        }
        if (!parts[1].equals(expectedSort)) {
            throw Problems.invalid("cursor", "cursor.otherSort", parts[1]);
        }
        return new Cursor(parts[1], parts[2], parts[3], before);
    }

    /** A count of items, or -1 if the text is none. */
    private static long count(String text) {
        try {
            return text.length() <= 18 ? Long.parseLong(text) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isUuid(String text) {
        try {
            java.util.UUID.fromString(text);
            return text.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

}
