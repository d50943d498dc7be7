package org.openxeco.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void encodedCursorReadsBackUnchanged() {
        Cursor cursor = new Cursor("name", "université de liège", UUID.randomUUID().toString());
        assertEquals(cursor, Cursor.decode(cursor.encode(), "name"));
    }

    @Test
    void theCountBeforeTravelsAndOlderTokensWithoutItAreRead() {
        String uuid = UUID.randomUUID().toString();
        Cursor cursor = new Cursor("name", "b", uuid).withBefore(40);
        assertEquals(40, Cursor.decode(cursor.encode(), "name").before());
        String older = Base64.getUrlEncoder().encodeToString(("c1\u001fname\u001fb\u001f" + uuid)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(new Cursor("name", "b", uuid), Cursor.decode(older, "name"));
        String negative = Base64.getUrlEncoder().encodeToString(("c1\u001fname\u001fb\u001f"
                + uuid + "\u001f-3").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThrows(InvalidInputException.class, () -> Cursor.decode(negative, "name"));
    }

    @Test
    void cursorOfAnotherSortIsRefused() {
        String token = new Cursor("name", "a", UUID.randomUUID().toString()).encode();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Cursor.decode(token, "-updated"));
        assertEquals("cursor", e.errors().get(0).field());
    }

    @Test
    void garbageAndForgedTokensAreRefused() {
        assertThrows(InvalidInputException.class, () -> Cursor.decode("%%%", "name"));
        assertThrows(InvalidInputException.class, () -> Cursor.decode("", "name"));
        String forged = Base64.getUrlEncoder().encodeToString("c1\u001fname\u001fa\u001fnot-a-uuid"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThrows(InvalidInputException.class, () -> Cursor.decode(forged, "name"));
    }
}
