package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.openxeco.it.Node.Reply;

/** Keyset paging: following {@code next} visits every match once, in a stable order. */
class PagingIT extends ApiTest {

    /** Every item of a list, following {@code next} until it is absent. */
    record Walk(List<JsonObject> items, long total, int pages) {

        List<String> ids() {
            return items.stream().map(i -> i.getString("id")).toList();
        }
    }

    static Walk walk(String firstPage) {
        List<JsonObject> all = new ArrayList<>();
        String url = firstPage;
        long total = -1;
        int pages = 0;
        while (url != null) {
            Reply reply = Node.get(url);
            assertEquals(200, reply.status(), reply::toString);
            JsonObject page = reply.object();
            long pageTotal = page.getJsonNumber("total").longValue();
            if (total >= 0) {
                assertEquals(total, pageTotal, "the total stays the same on every page");
            }
            total = pageTotal;
            all.addAll(page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList());
            pages++;
            assertTrue(pages <= 1000, "too many pages");
            url = page.containsKey("next") && !page.isNull("next")
                    ? firstPage + "&cursor=" + encode(page.getString("next")) : null;
        }
        return new Walk(all, total, pages);
    }

    /** A name as the node sorts it: lower case, accents removed, spaces collapsed. */
    static String sortKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    @Test
    void walkingAllPagesOfGermanEntitiesVisitsEachOnceInNameOrder() {
        Walk walk = walk("/api/entities?country=DE&size=100");
        assertEquals(DemoDataIT.GERMAN_UNIVERSITIES, walk.total());
        assertEquals(walk.total(), walk.items().size(), "items visited");
        assertEquals(walk.items().size(), new HashSet<>(walk.ids()).size(), "duplicates");
        assertEquals(4, walk.pages(), "pages of 100");
        String previous = "";
        for (JsonObject entity : walk.items()) {
            assertTrue(entity.getJsonArray("addresses").stream().map(JsonValue::asJsonObject)
                    .anyMatch(a -> "DE".equals(a.getString("country"))), entity::toString);
            String key = sortKey(entity.getString("name"));
            assertTrue(previous.compareTo(key) <= 0,
                    () -> "not in name order: " + entity.getString("name"));
            previous = key;
        }
    }

    @Test
    void walkingTheSameListTwiceGivesTheSameOrder() {
        assertEquals(walk("/api/entities?country=FR&size=37").ids(),
                walk("/api/entities?country=FR&size=37").ids());
    }

    @Test
    void descendingNameOrderIsTheExactReverseOfNameOrder() {
        List<String> ascending = walk("/api/entities?country=DE&size=100&sort=name").ids();
        List<String> descending = new ArrayList<>(
                walk("/api/entities?country=DE&size=100&sort=-name").ids());
        java.util.Collections.reverse(descending);
        assertEquals(ascending, descending);
    }

    @Test
    void walkingByUpdateOrderVisitsEveryEntityOnce() {
        Walk walk = walk("/api/entities?country=IT&size=50&sort=-updated");
        assertTrue(walk.total() > 50, "more than one page");
        assertEquals(walk.total(), walk.items().size());
        assertEquals(walk.items().size(), new HashSet<>(walk.ids()).size(), "duplicates");
    }

    @Test
    void walkingEventsOf2024VisitsEachOnceInStartOrder() {
        Walk walk = walk("/api/articles?type=event&year=2024&size=100");
        assertTrue(walk.pages() > 1, "more than one page");
        assertEquals(walk.total(), walk.items().size());
        assertEquals(walk.items().size(), new HashSet<>(walk.ids()).size(), "duplicates");
        OffsetDateTime previous = null;
        for (JsonObject event : walk.items()) {
            OffsetDateTime start = OffsetDateTime.parse(
                    event.getJsonObject("event").getString("start"));
            assertEquals(2024, start.getYear(), event::toString);
            if (previous != null) {
                assertFalse(start.toInstant().isBefore(previous.toInstant()), event::toString);
            }
            previous = start;
        }
    }

    @Test
    void lastPageHasNoNextCursor() {
        Reply reply = Node.get("/api/entities?country=LU&size=1");
        assertTrue(reply.object().containsKey("next"), reply::toString);
        Reply last = Node.get("/api/entities?country=LU&size=1&cursor="
                + encode(reply.object().getString("next")));
        assertEquals(1, items(last).size(), last::toString);
        assertFalse(last.object().containsKey("next"), last::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc!!", "bm90IGEgY3Vyc29y", "YzEfbmFtZR9hHw"})
    void cursorTheNodeDidNotHandOutIsRefusedNamingCursor(String cursor) {
        assertInvalid(Node.get("/api/entities?size=5&cursor=" + encode(cursor)), "cursor");
        assertInvalid(Node.get("/api/articles?size=5&cursor=" + encode(cursor)), "cursor");
    }

    @Test
    void cursorWithATamperedKeyIsRefusedNamingCursor() {
        String raw = "c1\u001fupdated\u001fnot-a-number\u001f" + java.util.UUID.randomUUID();
        String cursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        assertInvalid(Node.get("/api/entities?sort=updated&cursor=" + cursor), "cursor");
    }

    @Test
    void cursorOfAnotherSortOrderIsRefusedNamingCursor() {
        Reply descending = Node.get("/api/entities?size=2&sort=-name");
        String next = descending.object().getString("next");
        assertInvalid(Node.get("/api/entities?size=2&sort=name&cursor=" + encode(next)),
                "cursor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "abc", "-1", "1.5"})
    void pageSizeOutsideOneToHundredIsRefusedNamingSize(String size) {
        assertInvalid(Node.get("/api/entities?size=" + encode(size)), "size");
        assertInvalid(Node.get("/api/articles?size=" + encode(size)), "size");
    }

    @Test
    void pageSizesOneAndHundredAreAccepted() {
        assertEquals(1, items(Node.get("/api/entities?size=1")).size());
        assertEquals(100, items(Node.get("/api/entities?size=100")).size());
        assertEquals(20, items(Node.get("/api/entities")).size(), "default size");
    }

    @Test
    void unknownSortIsRefusedNamingSort() {
        assertInvalid(Node.get("/api/entities?sort=size"), "sort");
        assertInvalid(Node.get("/api/articles?sort=name"), "sort");
    }
}
