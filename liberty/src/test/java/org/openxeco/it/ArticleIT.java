package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/** Creating, reading, replacing and deleting articles of each kind as the administrator. */
class ArticleIT extends ApiTest {

    static JsonObjectBuilder event(String start, String end, String timeZone) {
        JsonObjectBuilder event = object().add("start", start).add("timeZone", timeZone);
        return end == null ? event : event.add("end", end);
    }

    static OffsetDateTime dateTime(JsonObject object, String member) {
        return OffsetDateTime.parse(object.getString(member));
    }

    @Test
    void eventIsStoredWithItsTimeZoneAndShownInIt() {
        String title = unique("IT event winter");
        Created created = create("/api/articles", object().add("type", "event")
                .add("title", title)
                .add("event", event("2031-01-10T08:00:00Z", "2031-01-10T17:30:00+01:00",
                        "Europe/Luxembourg").add("attendance", "hybrid")
                        .add("venue", "European Convention Center").add("city", "Luxembourg")
                        .add("country", "LU")
                        .add("registrationUrl", "https://example.org/register"))
                .build());
        assertEquals(Node.BASE_URL + "/api/articles/" + created.id(), created.location());

        JsonObject article = Node.get(created.location(), ADMIN).object();
        assertEquals("event", article.getString("type"));
        assertEquals("draft", article.getString("status"), "articles start as drafts");
        JsonObject event = article.getJsonObject("event");
        assertEquals("Europe/Luxembourg", event.getString("timeZone"));
        assertEquals(OffsetDateTime.parse("2031-01-10T09:00:00+01:00"), dateTime(event, "start"),
                "start shown in the event's zone");
        assertEquals(OffsetDateTime.parse("2031-01-10T17:30:00+01:00"), dateTime(event, "end"));
        assertFalse(event.getBoolean("allDay"));
        assertEquals("hybrid", event.getString("attendance"));
        assertEquals("European Convention Center", event.getString("venue"));
        assertEquals("Luxembourg", event.getString("city"));
        assertEquals("LU", event.getString("country"));
        assertEquals("https://example.org/register", event.getString("registrationUrl"));
    }

    @Test
    void summerEventIsShownWithTheSummerOffsetOfItsZone() {
        Created created = create("/api/articles", object().add("type", "event")
                .add("title", unique("IT event summer"))
                .add("event", event("2031-07-10T08:00:00Z", null, "Europe/Luxembourg"))
                .build());
        JsonObject event = Node.get(created.location(), ADMIN).object().getJsonObject("event");
        assertEquals(OffsetDateTime.parse("2031-07-10T10:00:00+02:00"), dateTime(event, "start"));
        assertTrue(!event.containsKey("end") || event.isNull("end"), event::toString);
    }

    @Test
    void allDayEventKeepsItsFirstAndLastDay() {
        Created created = create("/api/articles", object().add("type", "event")
                .add("title", unique("IT event all day"))
                .add("event", object().add("start", "2031-03-05").add("end", "2031-03-07")
                        .add("allDay", true).add("timeZone", "Asia/Tokyo"))
                .build());
        JsonObject event = Node.get(created.location(), ADMIN).object().getJsonObject("event");
        assertTrue(event.getBoolean("allDay"));
        assertEquals("2031-03-05", event.getString("startDate"));
        assertEquals("2031-03-07", event.getString("endDate"));
        assertEquals(OffsetDateTime.parse("2031-03-05T00:00:00+09:00"), dateTime(event, "start"));
        assertEquals(OffsetDateTime.parse("2031-03-08T00:00:00+09:00"), dateTime(event, "end"));
    }

    @Test
    void publicEventIsFoundByItsCountryAndTimeWindow() {
        String title = unique("IT event window");
        create("/api/articles", object().add("type", "event").add("title", title)
                .add("status", "public")
                .add("event", event("2031-05-04T09:30:00+02:00", "2031-05-06T18:00:00+02:00",
                        "Europe/Luxembourg").add("country", "LU"))
                .build());
        String q = "/api/articles?type=event&size=5&q=" + encode(title);
        assertEquals(1, total(q, ANONYMOUS));
        assertEquals(1, total(q + "&country=LU", ANONYMOUS));
        assertEquals(0, total(q + "&country=DE", ANONYMOUS));
        assertEquals(1, total(q + "&year=2031", ANONYMOUS));
        assertEquals(0, total(q + "&year=2030", ANONYMOUS));
        assertEquals(1, total(q + "&from=2031-05-06", ANONYMOUS), "ends on or after from");
        assertEquals(0, total(q + "&from=2031-05-07", ANONYMOUS));
        assertEquals(1, total(q + "&to=2031-05-04", ANONYMOUS), "starts on or before to");
        assertEquals(0, total(q + "&to=2031-05-03", ANONYMOUS));
    }

    @Test
    void jobOfferNamesItsHiringEntity() {
        String company = unique("IT hiring company");
        Created entity = createEntity(company, null);
        Created offer = create("/api/articles", object().add("type", "job-offer")
                .add("title", unique("IT job offer"))
                .add("summary", "Security engineer")
                .add("job", object().add("hiringEntity", entity.id())
                        .add("employmentType", "full-time").add("location", "Esch-sur-Alzette")
                        .add("closingDate", "2031-06-30"))
                .build());
        JsonObject article = Node.get(offer.location(), ADMIN).object();
        assertEquals("job-offer", article.getString("type"));
        JsonObject job = article.getJsonObject("job");
        JsonObject hiring = job.getJsonObject("hiringEntity");
        assertEquals(entity.id(), hiring.getString("id"));
        assertEquals(company, hiring.getString("name"));
        assertEquals(Node.BASE_URL + "/api/entities/" + entity.id(), hiring.getString("uri"));
        assertEquals("full-time", job.getString("employmentType"));
        assertEquals("Esch-sur-Alzette", job.getString("location"));
        assertEquals("2031-06-30", job.getString("closingDate"));
        assertTrue(!article.containsKey("event") || article.isNull("event"), "no event part");
    }

    @Test
    void hiringEntityOfAJobOfferCannotBeDeleted() {
        Created entity = createEntity(unique("IT hiring kept"), null);
        create("/api/articles", object().add("type", "job-offer")
                .add("title", unique("IT job offer keeps"))
                .add("job", object().add("hiringEntity", entity.id())).build());
        assertProblem(Node.delete(entity.location(), ADMIN,
                Node.ifMatch(currentVersion(entity.location()))), 409, "in-use");
        assertEquals(200, Node.get(entity.location()).status(), "the hiring entity stays");
    }

    @Test
    void providerOfAServiceCannotBeDeleted() {
        Created entity = createEntity(unique("IT provider kept"), null);
        create("/api/articles", object().add("type", "service")
                .add("title", unique("IT service keeps"))
                .add("offering", object().add("provider", entity.id())).build());
        assertProblem(Node.delete(entity.location(), ADMIN,
                Node.ifMatch(currentVersion(entity.location()))), 409, "in-use");
        assertEquals(200, Node.get(entity.location()).status(), "the provider stays");
    }

    @Test
    void jobOfferUpdateKeepsOrReplacesTheHiringEntity() {
        Created first = createEntity(unique("IT hiring first"), null);
        Created second = createEntity(unique("IT hiring second"), null);
        Created offer = create("/api/articles", object().add("type", "job-offer")
                .add("title", unique("IT job offer moved"))
                .add("job", object().add("hiringEntity", first.id())).build());
        long version = offer.json().getJsonNumber("version").longValue();
        Reply update = Node.put(offer.location(), ADMIN, object().add("version", version)
                .add("type", "job-offer").add("title", "IT job offer moved")
                .add("job", object().add("hiringEntity", second.id())
                        .add("employmentType", "internship")).build());
        assertEquals(204, update.status(), update::toString);
        JsonObject job = Node.get(offer.location(), ADMIN).object().getJsonObject("job");
        assertEquals(second.id(), job.getJsonObject("hiringEntity").getString("id"));
        assertEquals("internship", job.getString("employmentType"));
    }

    @Test
    void newsLifecycleCreateUpdateStaleUpdateAndDelete() {
        String title = unique("IT news");
        Created created = create("/api/articles", object().add("type", "news")
                .add("title", title).add("summary", "First").build());
        long version = created.json().getJsonNumber("version").longValue();
        assertEquals(Node.ifMatch(version), created.reply().header("ETag").orElse(null));
        assertEquals(1, articlesTitled(title));

        Reply update = Node.put(created.location(), ADMIN, object().add("version", version)
                .add("type", "news").add("title", title).add("summary", "Second").build());
        assertEquals(204, update.status(), update::toString);
        assertEquals(Node.ifMatch(version + 1), update.header("ETag").orElse(null));
        JsonObject article = Node.get(created.location(), ADMIN).object();
        assertEquals("Second", article.getString("summary"));
        assertEquals(version + 1, article.getJsonNumber("version").longValue());

        JsonObject stale = assertProblem(Node.put(created.location(), ADMIN, object()
                .add("version", version).add("type", "news").add("title", title)
                .add("summary", "Third").build()), 409, "stale-version");
        assertEquals(version, stale.getJsonNumber("givenVersion").longValue());
        assertEquals(version + 1, stale.getJsonNumber("currentVersion").longValue());
        assertEquals("Second", Node.get(created.location(), ADMIN).object()
                .getString("summary"));

        assertInvalid(Node.delete(created.location(), ADMIN, null), "If-Match");
        assertEquals(200, Node.get(created.location(), ADMIN).status());

        Reply delete = Node.delete(created.location(), ADMIN, Node.ifMatch(version + 1));
        assertEquals(204, delete.status(), delete::toString);
        assertProblem(Node.get(created.location(), ADMIN), 404, "not-found");
        assertEquals(0, articlesTitled(title));
    }

    @Test
    void publishingWithoutADateStampsThePublicationTime() {
        Instant before = Instant.now().minusSeconds(120);
        Created created = create("/api/articles", object().add("type", "news")
                .add("title", unique("IT news published")).add("status", "public").build());
        JsonObject article = Node.get(created.location()).object();
        assertEquals("public", article.getString("status"));
        assertNotNull(article.getString("publishedAt", null), article::toString);
        Instant published = Instant.parse(article.getString("publishedAt"));
        assertTrue(published.isAfter(before)
                && published.isBefore(Instant.now().plusSeconds(120)), article::toString);
    }

    @Test
    void slugIsDerivedFromTheTitleWhenNoneIsGiven() {
        String suffix = uniqueCode("x");
        Created created = create("/api/articles", object().add("type", "news")
                .add("title", "Hello, Wörld! " + suffix).build());
        assertEquals("hello-world-" + suffix, Node.get(created.location(), ADMIN).object()
                .getString("slug"));
    }

    @Test
    void serviceNamesItsProvider() {
        Created provider = createEntity(unique("IT provider"), null);
        Created service = create("/api/articles", object().add("type", "service")
                .add("title", unique("IT service"))
                .add("offering", object().add("provider", provider.id())
                        .add("url", "https://example.org/service"))
                .add("relatedEntities", array(provider.id()))
                .build());
        JsonObject article = Node.get(service.location(), ADMIN).object();
        assertEquals(provider.id(), article.getJsonObject("offering")
                .getJsonObject("provider").getString("id"));
        assertEquals("https://example.org/service", article.getJsonObject("offering")
                .getString("url"));
        assertEquals(provider.id(), article.getJsonArray("relatedEntities").getJsonObject(0)
                .getString("id"));
    }

    @Test
    void changingTheTypeOfAnArticleIsRefusedNamingType() {
        String title = unique("IT news typed");
        Created created = create("/api/articles", object().add("type", "news")
                .add("title", title).build());
        long version = created.json().getJsonNumber("version").longValue();
        assertInvalid(Node.put(created.location(), ADMIN, object().add("version", version)
                .add("type", "tool").add("title", title).build()), "type");
        JsonObject article = Node.get(created.location(), ADMIN).object();
        assertEquals("news", article.getString("type"));
        assertEquals(version, article.getJsonNumber("version").longValue());
    }

    @Test
    void taggedEventIsFoundByItsTopic() {
        String title = unique("IT event tagged");
        create("/api/articles", object().add("type", "event").add("title", title)
                .add("status", "public")
                .add("event", event("2031-09-01T10:00:00Z", null, "UTC"))
                .add("tags", array(valueId("conference-topics", "rust")))
                .build());
        String q = "&size=5&q=" + encode(title);
        assertEquals(1, total("/api/articles?tag=conference-topics:rust" + q, ANONYMOUS));
        assertEquals(0, total("/api/articles?tag=conference-topics:security" + q, ANONYMOUS));
        JsonObject event = items(Node.get("/api/articles?tag=conference-topics:rust" + q))
                .get(0);
        assertTrue(event.getJsonArray("tags").stream().map(JsonValue::asJsonObject)
                .anyMatch(t -> "rust".equals(t.getString("code"))), event::toString);
    }

    @Test
    void anArticleAndAnEntityReadFromTheApiCanBeSentBackAsTheyAre() {
        Created company = createEntity(unique("IT round trip company"), object()
                .add("tags", array(valueId("countries", "LU"))));
        Created offer = create("/api/articles", object().add("type", "job-offer")
                .add("title", unique("IT round trip offer"))
                .add("relatedEntities", array(company.id()))
                .add("tags", array(valueId("cybersecurity-domains", "cryptology")))
                .add("job", object().add("hiringEntity", company.id())).build());

        for (String location : List.of(offer.location(), company.location())) {
            JsonObject read = Node.get(location, ADMIN).object();
            Reply sent = Node.put(location, ADMIN, read);
            assertEquals(204, sent.status(), () -> location + " " + sent);
            JsonObject again = Node.get(location, ADMIN).object();
            assertEquals(read.get("tags"), again.get("tags"), "the references stay");
            assertEquals(read.get("relatedEntities"), again.get("relatedEntities"));
            assertEquals(read.get("job"), again.get("job"));
        }
        Reply wrong = Node.put(offer.location(), ADMIN, object().add("version",
                currentVersion(offer.location())).add("type", "job-offer")
                .add("title", "IT round trip offer").add("relatedEntities",
                        array(object().add("name", "no id").build())).build());
        assertInvalid(wrong, "relatedEntities[0]");
    }
}
