package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.it.FeedReading.feed;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** The public pages announce the feeds, and every address they give answers. */
class FeedLinksIT extends ApiTest {

    private static final Pattern LINK = Pattern.compile(
            "<link rel=\"alternate\" type=\"([^\"]+)\"[^>]*href=\"([^\"]+)\"");

    @Test
    void listsAnnounceTheirFeedsInTheHeadAndTheAddressesAnswer() {
        assertEquals(List.of("application/rss+xml /api/feeds/news.rss",
                "application/atom+xml /api/feeds/news.atom"), alternates("/news"));
        assertEquals(List.of("application/rss+xml /api/feeds/jobs.rss",
                "application/atom+xml /api/feeds/jobs.atom"), alternates("/jobs"));
        assertEquals(List.of("text/calendar /api/feeds/events.ics"), alternates("/events"));
        assertEquals(List.of(), alternates("/directory"));
        for (String path : List.of("/api/feeds/news.rss", "/api/feeds/jobs.atom",
                "/api/feeds/events.ics")) {
            feed(path);
        }
    }

    @Test
    void anEventPageOffersItsCalendarEntryAndAnEntityPageItsCard() {
        Created entity = createEntity(unique("IT card page"), null);
        Created event = create("/api/articles", object().add("type", "event")
                .add("status", "public").add("title", unique("IT calendar page"))
                .add("event", object().add("start", "2031-02-01T10:00:00Z")
                        .add("timeZone", "Europe/Luxembourg"))
                .build());
        JsonObject article = Node.get(event.location(), ANONYMOUS).object();

        String card = "/api/feeds/entities/" + entity.id() + ".vcf";
        String ics = "/api/feeds/events/" + event.id() + ".ics";
        assertTrue(page("/directory/" + entity.id()).contains("href=\"" + card + "\""));
        assertTrue(page("/events/" + article.getString("slug")).contains("href=\"" + ics + "\""));
        assertTrue(feed(card).body().startsWith("BEGIN:VCARD"));
        assertTrue(feed(ics).body().startsWith("BEGIN:VCALENDAR"));
    }

    private static List<String> alternates(String path) {
        Matcher m = LINK.matcher(page(path));
        List<String> links = new java.util.ArrayList<>();
        while (m.find()) {
            links.add(m.group(1) + " " + m.group(2));
        }
        return links;
    }

    private static String page(String path) {
        Node.Reply reply = Node.sendOver(java.net.http.HttpClient.Version.HTTP_1_1, List.of(
                Node.requestTo(path, ANONYMOUS).header("Accept", "text/html").GET().build()))
                .get(0);
        assertEquals(200, reply.status(), reply::toString);
        return reply.body();
    }
}
