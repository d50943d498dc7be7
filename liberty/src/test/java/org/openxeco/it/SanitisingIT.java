package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/** Rich text keeps its formatting and links but loses scripts and event handlers. */
class SanitisingIT extends ApiTest {

    static final String DIRTY = "<p>Hello <b>bold</b> <i>italic</i> "
            + "<a href=\"https://example.org/page\" onclick=\"steal()\">a link</a>"
            + "<script>alert('script-ran')</script>"
            + "<span onmouseover=\"hover()\">hover me</span>"
            + "<img src=\"https://example.org/x.png\" onerror=\"broken()\">"
            + "<a href=\"javascript:alert('js-link')\">bad link</a>"
            + "<iframe src=\"https://example.org/frame\"></iframe></p>";

    static void assertClean(String html) {
        for (String forbidden : new String[] {"<script", "script-ran", "onclick", "steal()",
                "onmouseover", "hover()", "onerror", "broken()", "javascript:", "js-link",
                "<iframe"}) {
            assertFalse(html.contains(forbidden), () -> "'" + forbidden + "' kept in " + html);
        }
        for (String kept : new String[] {"<p>", "<b>bold</b>", "<i>italic</i>",
                "href=\"https://example.org/page\"", "a link</a>", "hover me", "bad link"}) {
            assertTrue(html.contains(kept), () -> "'" + kept + "' lost from " + html);
        }
    }

    @Test
    void entityDescriptionIsStoredWithoutScriptsAndHandlersButWithFormatting() {
        Created created = createEntity(unique("IT sanitised entity"),
                object().add("description", DIRTY));
        assertClean(created.json().getString("description"));
        assertClean(Node.get(created.location()).object().getString("description"));
    }

    @Test
    void articleBodyIsStoredWithoutScriptsAndHandlersButWithFormatting() {
        Created created = create("/api/articles", object().add("type", "news")
                .add("title", unique("IT sanitised article")).add("status", "public")
                .add("body", DIRTY).build());
        assertClean(Node.get(created.location()).object().getString("body"));
    }

    @Test
    void updatedDescriptionIsSanitisedToo() {
        String name = unique("IT sanitised update");
        Created created = createEntity(name, null);
        Reply update = Node.put(created.location(), ADMIN, object()
                .add("version", created.json().getJsonNumber("version").longValue())
                .add("name", name).add("description", DIRTY).build());
        assertEquals(204, update.status(), update::toString);
        assertClean(Node.get(created.location()).object().getString("description"));
    }

    @Test
    void updatedArticleBodyIsSanitisedToo() {
        String title = unique("IT sanitised article update");
        Created created = create("/api/articles", object().add("type", "news")
                .add("title", title).build());
        Reply update = Node.put(created.location(), ADMIN, object()
                .add("version", created.json().getJsonNumber("version").longValue())
                .add("type", "news").add("title", title).add("body", DIRTY).build());
        assertEquals(204, update.status(), update::toString);
        assertClean(Node.get(created.location(), ADMIN).object().getString("body"));
    }

    @Test
    void descriptionMadeOnlyOfAScriptIsStoredEmpty() {
        Created created = createEntity(unique("IT script only"),
                object().add("description", "<script>alert(1)</script>"));
        var entity = Node.get(created.location()).object();
        assertTrue(!entity.containsKey("description") || entity.isNull("description"),
                entity::toString);
    }
}
