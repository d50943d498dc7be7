package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.it.FeedReading.base;
import static org.openxeco.it.FeedReading.byUid;
import static org.openxeco.it.FeedReading.date;
import static org.openxeco.it.FeedReading.feed;
import static org.openxeco.it.FeedReading.label;
import static org.openxeco.it.FeedReading.page;
import static org.openxeco.it.FeedReading.send;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.ICalDate;
import net.fortuna.ical4j.vcard.Entity;
import net.fortuna.ical4j.vcard.property.Address;

import org.openxeco.it.FeedReading.Xml;
import org.openxeco.it.Node.Reply;

/**
 * The feeds read back with parsers independent of the node's writers and compared field by
 * field with the same objects read from the JSON API.
 */
class FeedsIT extends ApiTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void newsFeedsListTheTaggedPublicNewsNewestFirstAsTheApiShowsThem() {
        Tags tags = tags();
        JsonObject older = article("news", "IT feed older", tags.leaf, NOW.minusSeconds(7200));
        JsonObject newer = article("news", "IT feed newer", tags.topId, NOW.minusSeconds(3600));
        create("/api/articles", object().add("type", "news").add("title", unique("IT draft"))
                .add("tags", array(tags.leaf)).build());

        Reply rssReply = feed("/api/feeds/news.rss?tag=" + encode(tags.reference));
        assertTrue(rssReply.contentType().startsWith("application/rss+xml"), rssReply::toString);
        assertTrue(rssReply.contentType().toLowerCase(Locale.ROOT).contains("charset=utf-8"),
                rssReply::toString);
        Xml rss = new Xml(rssReply.body());
        assertEquals(List.of(newer.getString("title"), older.getString("title")),
                rss.texts("/rss/channel/item/title"));
        List<JsonObject> items = List.of(newer, older);
        for (int i = 0; i < items.size(); i++) {
            JsonObject article = items.get(i);
            String item = "/rss/channel/item[" + (i + 1) + "]/";
            assertEquals(page(article), rss.text(item + "link"));
            assertEquals(article.getString("uri"), rss.text(item + "guid"));
            assertEquals(article.getString("summary"), rss.text(item + "description"));
            assertEquals(label(article), rss.texts(item + "category"));
            assertEquals(Instant.parse(article.getString("publishedAt")), Instant.from(
                    DateTimeFormatter.RFC_1123_DATE_TIME.parse(rss.text(item + "pubDate"))));
        }

        Reply atomReply = feed("/api/feeds/news.atom?tag=" + encode(tags.topId));
        assertTrue(atomReply.contentType().startsWith("application/atom+xml"),
                atomReply::toString);
        Xml atom = new Xml(atomReply.body());
        assertEquals(List.of(newer.getString("uri"), older.getString("uri")),
                atom.texts("/a:feed/a:entry/a:id"));
        for (int i = 0; i < items.size(); i++) {
            JsonObject article = items.get(i);
            String entry = "/a:feed/a:entry[" + (i + 1) + "]/";
            assertEquals(article.getString("title"), atom.text(entry + "a:title"));
            assertEquals(page(article), atom.text(entry + "a:link/@href"));
            assertEquals(article.getString("summary"), atom.text(entry + "a:summary"));
            assertEquals(label(article).get(0), atom.text(entry + "a:category/@term"));
            assertEquals(Instant.parse(article.getString("updated"))
                    .truncatedTo(ChronoUnit.SECONDS), Instant.parse(atom.text(entry + "a:updated")));
        }
    }

    @Test
    void aFeedAnswersNotModifiedToTheVersionTheClientHoldsAndNamesAnUnknownTag() {
        Tags tags = tags();
        JsonObject news = article("news", "IT feed cached", tags.leaf, NOW.minusSeconds(60));
        String path = "/api/feeds/news.atom?tag=" + encode(tags.reference);
        Reply first = feed(path);
        String etag = first.header("ETag").orElseThrow();
        assertTrue(first.header("Last-Modified").isPresent(), first::toString);

        Reply again = send(path, etag);
        assertEquals(304, again.status(), again::toString);
        assertEquals("", again.body());
        assertEquals(etag, again.header("ETag").orElseThrow());

        Node.put(news.getString("uri").replaceFirst("^.*/api/", "/api/"), ADMIN,
                object().add("type", "news").add("status", "public")
                        .add("title", news.getString("title") + " changed")
                        .add("summary", "Changed").add("publishedAt", news.getString("publishedAt"))
                        .add("tags", array(tags.leaf)).build(),
                Node.ifMatch(news.getInt("version")));
        Reply changed = send(path, etag);
        assertEquals(200, changed.status(), changed::toString);
        assertFalse(etag.equals(changed.header("ETag").orElseThrow()));

        for (String feed : List.of("news.rss", "jobs.atom", "events.ics")) {
            Reply unknown = Node.send("/api/feeds/" + feed + "?tag=it-nothing%3Anone", "GET",
                    ANONYMOUS, null, null, null);
            JsonObject problem = assertProblem(unknown, 404, "not-found");
            assertEquals(Set.of("tag"), fieldsOf(problem), unknown::toString);
        }
    }

    @Test
    void theJobFeedNamesTheHiringEntityOfEachOpenOffer() {
        Tags tags = tags();
        Created hiring = createEntity(unique("IT hiring"), null);
        Created job = create("/api/articles", object().add("type", "job-offer")
                .add("status", "public").add("title", unique("IT feed job"))
                .add("summary", "Join us").add("publishedAt", NOW.minusSeconds(60).toString())
                .add("tags", array(tags.leaf))
                .add("job", object().add("hiringEntity", hiring.id())
                        .add("closingDate", LocalDate.now().plusDays(30).toString()))
                .build());
        JsonObject offer = Node.get(job.location(), ANONYMOUS).object();

        Xml atom = new Xml(feed("/api/feeds/jobs.atom?tag=" + encode(tags.reference)).body());
        Xml rss = new Xml(feed("/api/feeds/jobs.rss?tag=" + encode(tags.reference)).body());

        JsonObject hiringEntity = offer.getJsonObject("job").getJsonObject("hiringEntity");
        assertEquals(List.of(offer.getString("title")), atom.texts("/a:feed/a:entry/a:title"));
        assertEquals(hiringEntity.getString("name"),
                atom.text("/a:feed/a:entry/a:author/a:name"));
        assertEquals(base(offer) + "/directory/" + hiring.id(),
                atom.text("/a:feed/a:entry/a:author/a:uri"));
        assertEquals(List.of(hiringEntity.getString("name")),
                rss.texts("/rss/channel/item/dc:creator"));
        assertEquals(page(offer), rss.text("/rss/channel/item/link"));
    }

    @Test
    void theCalendarCarriesEachEventInItsZoneAndItsSequenceRisesOnUpdate() {
        Tags tags = tags();
        Created timed = create("/api/articles", object().add("type", "event")
                .add("status", "public").add("title", unique("IT feed summit"))
                .add("summary", "Talks, demos; and more").add("tags", array(tags.leaf))
                .add("event", object().add("start", "2031-03-10T09:30:00+01:00")
                        .add("end", "2031-03-10T17:00:00+01:00")
                        .add("timeZone", "Europe/Luxembourg")
                        .add("venue", "Hall 1").add("city", "Paris").add("country", "FR"))
                .build());
        Created allDay = create("/api/articles", object().add("type", "event")
                .add("status", "public").add("title", unique("IT feed fair"))
                .add("tags", array(tags.topId))
                .add("event", object().add("start", "2031-06-01").add("end", "2031-06-03")
                        .add("allDay", true).add("timeZone", "Asia/Tokyo"))
                .build());
        JsonObject summit = Node.get(timed.location(), ANONYMOUS).object();
        JsonObject fair = Node.get(allDay.location(), ANONYMOUS).object();

        Reply reply = feed("/api/feeds/events.ics?tag=" + encode(tags.reference));
        assertTrue(reply.contentType().startsWith("text/calendar"), reply::toString);
        ICalendar calendar = FeedReading.calendar(reply.body());
        assertEquals(2, calendar.getEvents().size(), reply::toString);
        VEvent event = byUid(calendar, summit);
        JsonObject times = summit.getJsonObject("event");
        assertEquals(summit.getString("title"), event.getSummary().getValue());
        assertEquals(summit.getString("summary"), event.getDescription().getValue());
        assertEquals("Hall 1, Paris, France", event.getLocation().getValue());
        assertEquals(page(summit), event.getUrl().getValue());
        assertEquals(summit.getInt("version"), event.getSequence().getValue());
        assertEquals(OffsetDateTime.parse(times.getString("start")).toInstant(),
                event.getDateStart().getValue().toInstant());
        assertEquals(OffsetDateTime.parse(times.getString("end")).toInstant(),
                event.getDateEnd().getValue().toInstant());
        assertEquals("Europe/Luxembourg", calendar.getTimezoneInfo().getTimezone(event.getDateStart())
                .getComponent().getTimezoneId().getValue());
        assertEquals(Instant.parse(summit.getString("updated")).truncatedTo(ChronoUnit.SECONDS),
                event.getLastModified().getValue().toInstant());
        assertEquals(List.of("Value leaf"), event.getCategories().get(0).getValues());

        VEvent day = byUid(calendar, fair);
        ICalDate start = day.getDateStart().getValue();
        assertFalse(start.hasTime(), "an all-day event starts on a date");
        assertEquals(fair.getJsonObject("event").getString("startDate"), date(start));
        assertEquals(LocalDate.parse(fair.getJsonObject("event").getString("endDate"))
                .plusDays(1).toString(), date(day.getDateEnd().getValue()));

        Node.put(timed.location(), ADMIN, object().add("type", "event").add("status", "public")
                .add("title", summit.getString("title") + " moved")
                .add("tags", array(tags.leaf))
                .add("event", object().add("start", "2031-03-11T10:00:00+01:00")
                        .add("timeZone", "Europe/Luxembourg")).build(),
                Node.ifMatch(summit.getInt("version")));
        JsonObject moved = Node.get(timed.location(), ANONYMOUS).object();
        ICalendar single = FeedReading.calendar(feed("/api/feeds/events/" + timed.id() + ".ics")
                .body());
        VEvent after = byUid(single, moved);
        assertTrue(after.getSequence().getValue() > event.getSequence().getValue());
        assertEquals(moved.getInt("version"), after.getSequence().getValue());
        assertEquals(event.getUid().getValue(), after.getUid().getValue());
        assertEquals(OffsetDateTime.parse("2031-03-11T10:00:00+01:00").toInstant(),
                after.getDateStart().getValue().toInstant());
    }

    @Test
    void theVcardOfAnEntityCarriesItsContactFieldsAndAnInactiveOneHasNone() {
        Created created = createEntity(unique("IT card"), object()
                .add("legalName", "IT Card S.A.")
                .add("websites", array("https://card.example.org"))
                .add("email", "contact@card.example.org").add("phone", "+352 1234")
                .add("description", "<p>Secure <b>things</b></p>")
                .add("addresses", array(object().add("street", "1 Rue de la Gare")
                        .add("postalCode", "1234").add("city", "Luxembourg").add("country", "LU"),
                        object().add("city", "Paris").add("country", "FR"))));
        JsonObject json = Node.get(created.location(), ANONYMOUS).object();

        Reply reply = feed("/api/feeds/entities/" + created.id() + ".vcf");
        assertTrue(reply.contentType().startsWith("text/vcard"), reply::toString);
        Entity card = FeedReading.card(reply.body());

        assertEquals(List.of("4.0"), FeedReading.values(card, "VERSION"));
        assertEquals(List.of("org"), FeedReading.values(card, "KIND"));
        assertEquals(List.of(json.getString("name")), FeedReading.values(card, "FN"));
        assertEquals(List.of(json.getString("legalName")), FeedReading.values(card, "ORG"));
        assertEquals(List.of(json.getString("uri")), FeedReading.values(card, "UID"));
        assertEquals(List.of(json.getJsonArray("websites").getString(0),
                base(json) + "/directory/" + created.id()), FeedReading.values(card, "URL"));
        assertEquals(List.of(json.getString("email")), FeedReading.values(card, "EMAIL"));
        assertEquals(List.of(json.getString("phone")), FeedReading.values(card, "TEL"));
        assertEquals(List.of("Secure things"), FeedReading.values(card, "NOTE"));
        List<Address> addresses = card.getPropertyList().getProperties("ADR").stream()
                .map(Address.class::cast).toList();
        assertEquals(2, addresses.size(), reply::toString);
        JsonObject first = json.getJsonArray("addresses").getJsonObject(0);
        assertEquals(first.getString("street"), addresses.get(0).getStreet());
        assertEquals(first.getString("postalCode"), addresses.get(0).getPostcode());
        assertEquals(first.getString("city"), addresses.get(0).getLocality());
        assertEquals("Luxembourg", addresses.get(0).getCountry());
        assertEquals("Paris", addresses.get(1).getLocality());
        assertEquals("France", addresses.get(1).getCountry());

        Node.put(created.location(), ADMIN, object().add("name", json.getString("name"))
                .add("kind", "company").add("status", "inactive").build(),
                Node.ifMatch(json.getInt("version")));
        assertProblem(Node.send("/api/feeds/entities/" + created.id() + ".vcf", "GET",
                ANONYMOUS, null, null, null), 404, "not-found");
    }

    /** A taxonomy for news, events and job offers with a value {@code top} above {@code leaf}. */
    private Tags tags() {
        String code = uniqueCode("feed");
        Created taxonomy = create("/api/taxonomies", object().add("code", code)
                .add("labels", object().add("en", "IT feeds"))
                .add("appliesTo", array("news", "event", "job-offer")).build());
        String top = create(taxonomy.location() + "/values", object().add("code", "top")
                .add("labels", object().add("en", "Value top")).build()).id();
        String leaf = create(taxonomy.location() + "/values", object().add("code", "leaf")
                .add("parent", top).add("labels", object().add("en", "Value leaf")).build()).id();
        return new Tags(code + ":top", top, leaf);
    }

    private record Tags(String reference, String topId, String leaf) {
    }

    private JsonObject article(String type, String title, String tag, Instant publishedAt) {
        String unique = unique(title);
        Created created = create("/api/articles", object().add("type", type)
                .add("status", "public").add("title", unique).add("summary", "About " + unique)
                .add("publishedAt", publishedAt.toString()).add("tags", array(tag)).build());
        return Node.get(created.location(), ANONYMOUS).object();
    }
}
