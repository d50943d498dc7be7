package org.openxeco.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset position in a sorted list: the sort it belongs to, the sort key of the last item
 * and that item's UUID as tie-breaker. Travels as an opaque URL-safe token.
 */
public record Cursor(String sort, String key, String uuid) {

    private static final String VERSION = "c1";
    private static final char SEPARATOR = '\u001f';

    /** The token a client passes back to get the next page. */
    public String encode() {
        String raw = VERSION + SEPARATOR + sort + SEPARATOR + key + SEPARATOR + uuid;
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
        if (parts.length != 4 || !VERSION.equals(parts[0]) || !isUuid(parts[3])) {
            throw Problems.invalid("cursor", "cursor.unknown");
        }
        if (!parts[1].equals(expectedSort)) {
            throw Problems.invalid("cursor", "cursor.otherSort", parts[1]);
        }
        return new Cursor(parts[1], parts[2], parts[3]);
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
