package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.openxeco.it.LinkedData.expand;
import static org.openxeco.it.LinkedData.node;
import static org.openxeco.it.LinkedData.types;
import static org.openxeco.it.LinkedData.value;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/**
 * The public entity and article pages carry their object's schema.org JSON-LD in a script
 * element of the head, whole even when a name holds a script end tag; other pages carry none.
 */
class SiteJsonLdIT extends ApiTest {

    private static final Pattern BLOCK = Pattern.compile(
            "<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL);

    @Test
    void theEntityPageEmbedsTheEntityWhateverItsName() {
        String name = unique("Site </script><!-- LD & co");
        Created entity = createEntity(name, object().add("addresses", array(object()
                .add("city", "Diekirch").add("country", "LU"))));

        Reply page = Node.get("/directory/" + entity.id());

        assertEquals(200, page.status(), page::toString);
        JsonObject org = expand(onlyBlockInHead(page));
        assertEquals(List.of("Corporation"), types(org));
        assertEquals(entity.location(), org.getString("@id"));
        assertEquals(Optional.of(name), value(org, "name"));
        assertEquals(Optional.of("Diekirch"), value(node(org, "address"), "addressLocality"));
    }

    @Test
    void theArticlePageEmbedsTheArticleAndAnEventItsZone() {
        Created news = create("/api/articles", object().add("type", "news")
                .add("title", unique("Site LD news")).add("status", "public")
                .add("summary", "Read me").build());
        Created event = create("/api/articles", object().add("type", "event")
                .add("title", unique("Site LD event")).add("status", "public")
                .add("event", object().add("start", "2031-08-01T10:00:00+09:00")
                        .add("timeZone", "Asia/Tokyo")).build());

        JsonObject newsLd = expand(onlyBlockInHead(Node.get("/news/"
                + news.json().getString("slug"))));
        JsonObject eventLd = expand(onlyBlockInHead(Node.get("/events/"
                + event.json().getString("slug"))));

        assertEquals(List.of("NewsArticle"), types(newsLd));
        assertEquals(news.location(), newsLd.getString("@id"));
        assertEquals(Optional.of(news.json().getString("title")), value(newsLd, "headline"));
        assertEquals(Optional.of("Read me"), value(newsLd, "description"));
        assertEquals(List.of("Event"), types(eventLd));
        assertEquals(Optional.of("2031-08-01T10:00:00+09:00"), value(eventLd, "startDate"));
        assertEquals(Optional.of("Asia/Tokyo"), value(node(eventLd, "eventSchedule"),
                "scheduleTimezone"));
    }

    @Test
    void pagesOfObjectsNotPublicAndOtherPagesEmbedNothing() {
        Created draft = create("/api/articles", object().add("type", "news")
                .add("title", unique("Site LD draft")).add("status", "draft").build());
        Created inactive = createEntity(unique("Site LD inactive"), object().add("status",
                "inactive"));

        for (String path : List.of("/news/" + draft.json().getString("slug"),
                "/directory/" + inactive.id(), "/directory", "/news", "/")) {
            Reply page = Node.get(path);
            assertFalse(page.body().contains("application/ld+json"), page::toString);
        }
    }

    /** The JSON-LD text of the page's one block, which must sit in the head. */
    private static String onlyBlockInHead(Reply page) {
        assertEquals(200, page.status(), page::toString);
        String head = page.body().substring(0, page.body().indexOf("</head>"));
        Matcher matcher = BLOCK.matcher(page.body());
        List<String> blocks = matcher.results().map(m -> m.group(1)).toList();
        assertEquals(1, blocks.size(), page::toString);
        assertEquals(1, BLOCK.matcher(head).results().count(), "not in the head: " + page);
        return blocks.get(0);
    }
}
