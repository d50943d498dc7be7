package org.openxeco.network.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class CatalogueReaderTest {

    @Test
    void anItemWithOnlyItsUriAndTypeIsReadWithEmptyFields() {
        PeerCataloguePage page = CatalogueReader.read(page("{\"@id\":\"https://peer/x\","
                + "\"@type\":\"Thing\"}", ""));

        assertEquals(List.of(new CatalogueItem("https://peer/x", "Thing", "https://peer/x", "",
                Optional.empty(), List.of(), Optional.empty())), page.items());
        assertEquals(Optional.empty(), page.nextCursor());
    }

    @Test
    void fieldsAreReadFromTheShapesJsonLdAllows() {
        String item = "{\"@id\":\"https://peer/api/articles/1\",\"@type\":[\"Event\",\"Thing\"],"
                + "\"name\":[{\"@value\":\"Fête\",\"@language\":\"fr\"},"
                + "{\"@value\":\"Party\",\"@language\":\"en\"}],"
                + "\"disambiguatingDescription\":\"Once a year\","
                + "\"dateModified\":\"2025-05-04T09:30:00+02:00\","
                + "\"image\":[\"javascript:alert(1)\",{\"@type\":\"ImageObject\","
                + "\"contentUrl\":\"https://peer/media/ab\"}],"
                + "\"keywords\":[\"plain\",{\"@type\":\"DefinedTerm\",\"name\":\"no uri\"},"
                + "{\"@id\":\"https://vocab/c1\",\"termCode\":\"C1\"},"
                + "{\"@id\":\"https://vocab/c2\",\"name\":\"Two\"}]}";

        CatalogueItem read = CatalogueReader.read(page(item, ",\"nextCursor\":\"abc\""))
                .items().get(0);

        assertEquals("Event", read.type());
        assertEquals("Party", read.name());
        assertEquals("Once a year", read.description());
        assertEquals(Optional.of(Instant.parse("2025-05-04T07:30:00Z")), read.dateModified());
        assertEquals(Optional.of("https://peer/media/ab"), read.image());
        assertEquals(List.of(new CatalogueItem.Tag("https://vocab/c1", "C1"),
                new CatalogueItem.Tag("https://vocab/c2", "Two")), read.tags());
        assertEquals(Optional.of("abc"), CatalogueReader.read(page(item,
                ",\"nextCursor\":\"abc\"")).nextCursor());
    }

    @Test
    void theNumberOfMatchesIsReadWhenItCanBeOne() {
        String item = "{\"@id\":\"https://peer/x\",\"@type\":\"Thing\"}";

        assertEquals(OptionalLong.of(240), CatalogueReader.read(page(item,
                ",\"numberOfItems\":240")).total());
        assertEquals(OptionalLong.empty(), CatalogueReader.read(page(item,
                ",\"numberOfItems\":0")).total(), "fewer than the page holds");
        assertEquals(OptionalLong.empty(), CatalogueReader.read(page(item,
                ",\"numberOfItems\":\"many\"")).total());
        assertEquals(OptionalLong.empty(), CatalogueReader.read(page(item, "")).total());
    }

    @Test
    void unreadableOptionalFieldsAreLeftEmpty() {
        CatalogueItem read = CatalogueReader.read(page("{\"@id\":\"u\",\"@type\":\"Thing\","
                + "\"name\":42,\"dateModified\":\"yesterday\",\"logo\":\"ftp://peer/l.png\","
                + "\"keywords\":{\"@id\":\"https://vocab/only\",\"name\":\"Only\"}}",
                ",\"nextCursor\":null")).items().get(0);

        assertEquals("u", read.name());
        assertEquals(Optional.empty(), read.dateModified());
        assertEquals(Optional.empty(), read.image());
        assertEquals(List.of(new CatalogueItem.Tag("https://vocab/only", "Only")), read.tags());
    }

    @Test
    void theDescriptionBecomesAShortPlainTextExcerpt() {
        String html = "<p>Caf&#233; &amp; <b>bar</b>&#160;&#x263A;</p><script>alert(1)"
                + "</script><!-- note -->" + " word".repeat(100);
        String json = "{\"@id\":\"u\",\"@type\":\"NewsArticle\",\"articleBody\":"
                + jsonString(html) + "}";

        String excerpt = CatalogueReader.read(page(json, "")).items().get(0).description();

        assertTrue(excerpt.startsWith("Café & bar \u263A word word"), excerpt);
        assertTrue(excerpt.endsWith(" word\u2026"), excerpt);
        assertTrue(excerpt.length() <= CatalogueReader.EXCERPT, excerpt);
        assertFalse(excerpt.contains("alert") || excerpt.contains("<") || excerpt.contains(
                "note"), excerpt);
    }

    @Test
    void bytesAreReadAsUtf8() {
        byte[] body = page("{\"@id\":\"u\",\"@type\":\"Thing\",\"name\":\"Crème\"}", "")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("Crème", CatalogueReader.read(body).items().get(0).name());
    }

    @Test
    void aBodyThatIsNotACataloguePageIsRefusedWithTheReason() {
        assertRefused("not JSON", "{\"@type\":");
        assertRefused("not a JSON object", "[]");
        assertRefused("not a catalogue page", "{\"@type\":\"Organization\","
                + "\"itemListElement\":[]}");
        assertRefused("no itemListElement", "{\"@type\":\"ItemList\"}");
        assertRefused("Item 0 is not a JSON object", page("\"text\"", ""));
        assertRefused("Item 1 has no @id", page("{\"@id\":\"u\",\"@type\":\"Thing\"},"
                + "{\"@type\":\"Thing\"}", ""));
        assertRefused("Item 0 has no @type", page("{\"@id\":\"u\"}", ""));
        assertRefused("nextCursor", page("", ",\"nextCursor\":7"));
    }

    private static void assertRefused(String reason, String body) {
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
                () -> CatalogueReader.read(body));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private static String page(String items, String more) {
        return "{\"@context\":\"https://schema.org/\",\"@type\":\"ItemList\","
                + "\"itemListElement\":[" + items + "]" + more + "}";
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
