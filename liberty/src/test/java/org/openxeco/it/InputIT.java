package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.openxeco.it.Node.Reply;

/**
 * Bad input is refused with a 4xx problem that names what is wrong, and changes nothing:
 * every test reads or counts again afterwards.
 */
class InputIT extends ApiTest {

    // --- bodies that cannot be read -------------------------------------------------------

    @Test
    void malformedJsonIsRefusedWith400AndCreatesNothing() {
        String name = unique("IT malformed");
        Reply reply = Node.send("/api/entities", "POST", ADMIN, "application/json",
                "{\"name\": \"" + name + "\", ", null);
        assertProblem(reply, 400, "malformed-json");
        assertEquals(0, entitiesNamed(name));

        Reply article = Node.send("/api/articles", "POST", ADMIN, "application/json",
                "{\"type\": \"news\", \"title\": \"" + name + "\"", null);
        assertProblem(article, 400, "malformed-json");
        assertEquals(0, articlesTitled(name));
    }

    @Test
    void valuesOfTheWrongJsonTypeAreEachNamedAndCreateNothing() {
        String name = unique("IT wrong type");
        Reply reply = Node.post("/api/entities", ADMIN, object().add("name", name)
                .add("websites", "https://example.org").add("version", "one")
                .add("addresses", Json.createArrayBuilder().add(object().add("city", 12)))
                .build());
        assertInvalid(reply, "websites", "version", "addresses[0].city");
        assertEquals(0, entitiesNamed(name));

        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", 123)
                .add("kind", "company").build()), "name");
        Reply event = Node.post("/api/articles", ADMIN, object().add("type", "event")
                .add("title", name).add("event", object().add("start", "2030-01-01T10:00:00Z")
                        .add("allDay", "yes")).build());
        assertInvalid(event, "event.allDay");
        assertEquals(0, articlesTitled(name));
        assertInvalid(Node.send("/api/entities", "POST", ADMIN, "application/json", "[1, 2]",
                null), "body");
        assertInvalid(Node.send("/api/entities", "POST", ADMIN, "application/json",
                "{\"name\": \"" + name + "\", \"kind\": \"company\", \"name\": \"Other\"}",
                null), "name");
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void textHoldingControlCharactersIsRefusedNamingItsField() {
        String name = unique("IT control");
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", name + "\u0000")
                .add("kind", "company").add("addresses", Json.createArrayBuilder().add(object()
                        .add("city", "Esch\u0007"))).build()), "name", "addresses[0].city");
        assertEquals(0, entitiesNamed(name));
        assertInvalid(Node.post("/api/taxonomies", ADMIN, object().add("code", "ctl-it")
                .add("labels", object().add("en", "Bad\u0001label")).build()), "labels.en");
    }

    @Test
    void aMisspeltFieldIsRefusedAndChangesNothing() {
        String name = unique("IT misspelt");
        Created entity = createEntity(name, object().add("legalName", "Kept SA"));
        long version = entity.json().getJsonNumber("version").longValue();

        Reply reply = Node.put(entity.location(), ADMIN, object().add("name", name)
                .add("kind", "company").add("legal_name", "Other SA").add("tag",
                        Json.createArrayBuilder()).build(), "\"" + version + "\"");

        assertInvalid(reply, "legal_name", "tag");
        JsonObject stored = Node.get(entity.location(), ADMIN).object();
        assertEquals("Kept SA", stored.getString("legalName"));
        assertEquals(version, stored.getJsonNumber("version").longValue());
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", unique("IT nested"))
                .add("kind", "company").add("addresses", Json.createArrayBuilder().add(object()
                        .add("city", "Esch").add("zip", "4001"))).build()), "addresses[0].zip");
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", unique("IT ref"))
                .add("kind", "company").add("tags", Json.createArrayBuilder().add(object()
                        .add("id", UUID.randomUUID().toString()).add("label", "Shown")
                        .add("weight", 2))).build()), "tags[0].weight");
    }

    @Test
    void whatAGetAnswersCanBeSentBackAsItCame() {
        String name = unique("IT round trip");
        List<Created> made = List.of(
                createEntity(name, object().add("addresses", Json.createArrayBuilder()
                        .add(object().add("city", "Esch").add("country", "LU")))),
                create("/api/articles", object().add("type", "event").add("title", name)
                        .add("event", object().add("start", "2031-04-01").add("end",
                                "2031-04-03").add("timeZone", "Europe/Paris").add("allDay", true))
                        .build()),
                create("/api/articles", object().add("type", "event").add("title", name + " 2")
                        .add("event", object().add("start", "2031-05-01T09:00:00+02:00")
                                .add("end", "2031-05-01T17:00:00+02:00")
                                .add("timeZone", "Europe/Paris")).build()));
        for (Created object : made) {
            Reply read = Node.get(object.location(), ADMIN);
            JsonObject answered = read.object();

            Reply written = Node.put(object.location(), ADMIN, answered,
                    read.header("ETag").orElseThrow());

            assertEquals(204, written.status(), written::toString);
            JsonObject after = Node.get(object.location(), ADMIN).object();
            for (String field : List.of("name", "addresses", "title", "event")) {
                assertEquals(answered.get(field), after.get(field), field);
            }
        }
    }

    @Test
    void anAccountsFieldsAreTakenOrRefusedNeverDropped() {
        String username = "it-inactive-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Inactive-Pass-" + UUID.randomUUID().toString().substring(0, 8);
        Created account = create("/api/admin/accounts", object().add("username", username)
                .add("email", username + "@example.org").add("roles", Json.createArrayBuilder()
                        .add("member")).add("active", false).add("password", password).build());
        assertEquals(false, account.json().getBoolean("active"));
        assertEquals(401, Node.get("/api/my/requests", Node.Caller.basic(username, password))
                .status(), "an inactive account cannot sign in");

        Reply read = Node.get(account.location(), ADMIN);
        JsonObject withPassword = Json.createObjectBuilder(read.object())
                .add("password", "Other-Pass-12345678").build();
        assertInvalid(Node.put(account.location(), ADMIN, withPassword,
                read.header("ETag").orElseThrow()), "password");
        assertInvalid(Node.post(account.location() + "/password", ADMIN, object()
                .add("password", "Other-Pass-12345678").add("active", true).build()), "active");
        assertEquals(false, Node.get(account.location(), ADMIN).object().getBoolean("active"));
    }

    @Test
    void malformedJsonInAnUpdateChangesNothing() {
        String name = unique("IT malformed update");
        Created entity = createEntity(name, null);
        long version = entity.json().getJsonNumber("version").longValue();
        assertProblem(Node.send(entity.location(), "PUT", ADMIN, "application/json",
                "{\"version\": " + version + ", \"name\": ", null), 400, "malformed-json");
        JsonObject stored = Node.get(entity.location()).object();
        assertEquals(name, stored.getString("name"));
        assertEquals(version, stored.getJsonNumber("version").longValue());
    }

    @Test
    void emptyBodyIsRefusedWith400() {
        Reply reply = Node.send("/api/entities", "POST", ADMIN, "application/json", "", null);
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(PROBLEM_JSON, reply.contentType().split(";")[0], reply::toString);
    }

    // --- unknown enum values --------------------------------------------------------------

    @Test
    void unknownEntityKindIsRefusedNamingKind() {
        String name = unique("IT unknown kind");
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", name)
                .add("kind", "giant").build()), "kind");
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void unknownEntityStatusIsRefusedNamingStatus() {
        String name = unique("IT unknown status");
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", name)
                .add("status", "secret").build()), "status");
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void everyUnknownEnumValueIsNamedAtOnce() {
        String name = unique("IT unknown enums");
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", name)
                .add("kind", "giant").add("status", "secret")
                .add("identifiers", array(object().add("scheme", "passport").add("value", "1")))
                .build()), "kind", "status", "identifiers[0].scheme");
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void unknownArticleTypeIsRefusedNamingType() {
        String title = unique("IT unknown type");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "blog")
                .add("title", title).build()), "type");
        assertEquals(0, articlesTitled(title));
    }

    @Test
    void unknownArticleStatusIsRefusedNamingStatus() {
        String title = unique("IT unknown article status");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "news")
                .add("title", title).add("status", "published").build()), "status");
        assertEquals(0, articlesTitled(title));
    }

    @Test
    void unknownAttendanceAndEmploymentTypeAreNamed() {
        String title = unique("IT unknown details");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "event")
                .add("title", title).add("event", object().add("start", "2031-01-01T10:00:00Z")
                        .add("attendance", "telepathic")).build()), "event.attendance");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "job-offer")
                .add("title", title).add("job", object().add("employmentType", "forever"))
                .build()), "job.employmentType");
        assertEquals(0, articlesTitled(title));
    }

    @Test
    void unknownTargetOfATaxonomyIsRefusedNamingIt() {
        String code = uniqueCode("it");
        assertInvalid(Node.post("/api/taxonomies", ADMIN, object().add("code", code)
                .add("labels", object().add("en", "Bad")).add("appliesTo", array("entity",
                        "planet")).build()), "appliesTo[1]");
        assertEquals(false, Node.get("/api/taxonomies").body().contains("\"" + code + "\""));
    }

    @Test
    void unknownEnumInAnUpdateChangesNothing() {
        String name = unique("IT enum update");
        Created entity = createEntity(name, null);
        long version = entity.json().getJsonNumber("version").longValue();
        assertInvalid(Node.put(entity.location(), ADMIN, object().add("version", version)
                .add("name", name + " changed").add("kind", "giant").build()), "kind");
        JsonObject stored = Node.get(entity.location()).object();
        assertEquals(name, stored.getString("name"));
        assertEquals("company", stored.getString("kind"));
        assertEquals(version, stored.getJsonNumber("version").longValue());
    }

    // --- body size and media type ---------------------------------------------------------

    static String oversizeEntity(String name) {
        return object().add("name", name).add("description", "x".repeat((1 << 20) + 10))
                .build().toString();
    }

    @Test
    void bodyOverOneMebibyteIsRefusedWith413AndCreatesNothing() {
        String name = unique("IT oversize");
        assertProblem(Node.send("/api/entities", "POST", ADMIN, "application/json",
                oversizeEntity(name), null), 413, "body-too-large");
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void bodyOverOneMebibyteWithoutContentLengthIsRefusedWith413() {
        String name = unique("IT oversize chunked");
        byte[] body = oversizeEntity(name).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Reply reply = Node.sendBody("/api/entities", "POST", ADMIN, "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body)), null);
        assertProblem(reply, 413, "body-too-large");
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void bodyJustUnderOneMebibyteIsAccepted() {
        String name = unique("IT large");
        String text = "<p>" + "y".repeat(99_000) + "</p>";
        Created created = create("/api/entities", object().add("name", name)
                .add("description", text).add("websites", array("https://example.org/"
                        + "z".repeat(1900))).build());
        assertEquals(text, Node.get(created.location()).object().getString("description"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded"})
    void nonJsonContentTypeIsRefusedWith415AndCreatesNothing(String contentType) {
        String name = unique("IT media type");
        assertProblem(Node.send("/api/entities", "POST", ADMIN, contentType,
                object().add("name", name).build().toString(), null), 415,
                "unsupported-media-type");
        assertEquals(0, entitiesNamed(name));
    }

    // --- identifiers ----------------------------------------------------------------------

    @Test
    void badUuidInThePathIsRefusedNamingTheParameter() {
        assertInvalid(Node.get("/api/entities/not-a-uuid"), "id");
        assertInvalid(Node.get("/api/articles/12345"), "id");
        assertInvalid(Node.get("/api/taxonomies/xyz"), "id");
        assertInvalid(Node.get("/api/taxonomies/xyz/values"), "id");
        String countries = taxonomyId("countries");
        assertInvalid(Node.get("/api/taxonomies/" + countries + "/values/LU"), "value");
        assertInvalid(Node.delete("/api/entities/not-a-uuid", ADMIN, Node.ifMatch(1)), "id");
        assertInvalid(Node.put("/api/articles/not-a-uuid", ADMIN, object().add("version", 1)
                .add("type", "news").add("title", "x").build()), "id");
    }

    @Test
    void badUuidsInTheTagListAreEachNamed() {
        String name = unique("IT bad tags");
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", name)
                .add("tags", array(valueId("countries", "LU"), "LU", "nope")).build()),
                "tags[1]", "tags[2]");
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void unknownTagUuidIsRefusedNamingItsPosition() {
        String name = unique("IT unknown tag");
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", name)
                .add("tags", array(UUID.randomUUID().toString())).build()), "tags[0]");
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void tagOfATaxonomyThatDoesNotApplyIsRefused() {
        String name = unique("IT misplaced tag");
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", name)
                .add("tags", array(valueId("conference-topics", "security"))).build()),
                "tags[0]");
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void badUuidOfAReferencedEntityIsNamed() {
        String title = unique("IT bad references");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "job-offer")
                .add("title", title).add("relatedEntities", array("nobody"))
                .add("job", object().add("hiringEntity", UUID.randomUUID().toString()))
                .build()), "relatedEntities[0]", "job.hiringEntity");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "job-offer")
                .add("title", title)
                .add("job", object().add("hiringEntity", UUID.randomUUID().toString()))
                .build()), "job.hiringEntity");
        assertEquals(0, articlesTitled(title));
    }

    @ParameterizedTest
    @ValueSource(strings = {"countries:XX", "nosuch:LU", "countries", "not-a-uuid",
            "3f2b8e0c-0000-4000-8000-000000000000"})
    void unknownTagReferenceInAFilterIsRefusedNamingTag(String tag) {
        assertInvalid(Node.get("/api/entities?tag=" + encode(tag)), "tag");
        assertInvalid(Node.get("/api/articles?tag=" + encode(tag)), "tag");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lu", "LUX", "L1", "ZZZ"})
    void malformedCountryFilterIsRefusedNamingCountry(String country) {
        assertInvalid(Node.get("/api/entities?country=" + country), "country");
        assertInvalid(Node.get("/api/articles?country=" + country), "country");
    }

    @Test
    void badDatesAndYearsInTheEventFilterAreNamed() {
        assertInvalid(Node.get("/api/articles?type=event&year=twenty"), "year");
        assertInvalid(Node.get("/api/articles?type=event&year=1800"), "year");
        assertInvalid(Node.get("/api/articles?type=event&from=2024-13-01"), "from");
        assertInvalid(Node.get("/api/articles?type=event&to=yesterday"), "to");
    }

    @Test
    void unknownFilterEnumValuesAreNamed() {
        assertInvalid(Node.get("/api/entities?kind=giant"), "kind");
        assertInvalid(Node.get("/api/entities?status=secret", ADMIN), "status");
        assertInvalid(Node.get("/api/articles?type=blog"), "type");
    }

    // --- required fields and field rules --------------------------------------------------

    @Test
    void entityWithoutNameIsRefusedNamingName() {
        String email = uniqueCode("it") + "@example.org";
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("kind", "company")
                .add("email", email).build()), "name");
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", "   ")
                .add("email", email).build()), "name");
    }

    @Test
    void articleWithoutTitleIsRefusedNamingTitle() {
        String slug = uniqueCode("it-no-title");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "news")
                .add("slug", slug).build()), "title");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "news")
                .add("title", "").add("slug", slug).build()), "title");
    }

    @Test
    void articleWithoutTypeIsRefusedNamingType() {
        String title = unique("IT no type");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("title", title).build()),
                "type");
        assertEquals(0, articlesTitled(title));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lu", "LUX", "12", "", "L"})
    void invalidCountryCodeInAnAddressIsRefused(String country) {
        String name = unique("IT bad address");
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", name)
                .add("addresses", array(object().add("city", "Luxembourg")
                        .add("country", country))).build()), "addresses[0].countryCode");
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void addressWithoutCountryIsRefused() {
        String name = unique("IT address without country");
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", name)
                .add("addresses", array(object().add("city", "Luxembourg"))).build()),
                "addresses[0].countryCode");
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void malformedEmailWebsiteAndPhoneAreEachNamed() {
        String name = unique("IT bad contact");
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", name)
                .add("email", "not an email").add("websites", array("ftp://example.org"))
                .add("phone", "call me").add("logoUrl", "javascript:alert(1)").build()),
                "email", "websites[0]", "phone", "logoUrl");
        assertEquals(0, entitiesNamed(name));
    }

    @Test
    void eventWithoutStartIsRefusedNamingStart() {
        String title = unique("IT event without start");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "event")
                .add("title", title).build()), "event.start");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "event")
                .add("title", title).add("event", object().add("city", "Luxembourg")
                        .add("timeZone", "Europe/Luxembourg")).build()), "event.start");
        assertEquals(0, articlesTitled(title));
    }

    @Test
    void eventEndingBeforeItStartsIsRefusedNamingEnd() {
        String title = unique("IT event backwards");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "event")
                .add("title", title).add("event", object().add("start", "2031-05-04T10:00:00Z")
                        .add("end", "2031-05-04T09:59:59Z").add("timeZone", "UTC")).build()),
                "event.end");
        assertEquals(0, articlesTitled(title));
    }

    @Test
    void allDayEventEndingTheDayBeforeItStartsIsRefusedNamingEnd() {
        String title = unique("IT all-day event backwards");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "event")
                .add("title", title).add("event", object().add("start", "2031-05-04")
                        .add("end", "2031-05-03").add("allDay", true)
                        .add("timeZone", "Europe/Luxembourg")).build()), "event.end");
        assertEquals(0, articlesTitled(title));
    }

    @Test
    void unknownTimeZoneIsRefusedNamingTimeZone() {
        String title = unique("IT event on mars");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "event")
                .add("title", title).add("event", object().add("start", "2031-05-04T10:00:00Z")
                        .add("timeZone", "Mars/Olympus_Mons")).build()), "event.timeZone");
        assertEquals(0, articlesTitled(title));
    }

    @Test
    void eventStartWithoutOffsetIsRefusedNamingStart() {
        String title = unique("IT event without offset");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "event")
                .add("title", title).add("event", object().add("start", "2031-05-04T10:00:00")
                        .add("timeZone", "UTC")).build()), "event.start");
        assertEquals(0, articlesTitled(title));
    }

    @Test
    void eventFieldsOnANewsArticleAreRefused() {
        String title = unique("IT news with event");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "news")
                .add("title", title).add("event", object().add("start", "2031-05-04T10:00:00Z")
                        .add("timeZone", "UTC")).build()), "event");
        assertEquals(0, articlesTitled(title));
    }

    @Test
    void malformedSlugIsRefusedNamingSlug() {
        String title = unique("IT bad slug");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "news")
                .add("title", title).add("slug", "Not A Slug").build()), "slug");
        assertEquals(0, articlesTitled(title));
    }

    @Test
    void duplicateSlugIsRefusedWith409() {
        String slug = uniqueCode("it-slug");
        String first = unique("IT slug first");
        create("/api/articles", object().add("type", "news").add("title", first)
                .add("slug", slug).build());
        String second = unique("IT slug second");
        assertProblem(Node.post("/api/articles", ADMIN, object().add("type", "news")
                .add("title", second).add("slug", slug).build()), 409, "duplicate-slug");
        assertEquals(0, articlesTitled(second));
        assertEquals(1, articlesTitled(first));
    }

    @Test
    void updateToATakenSlugIsRefusedWith409AndChangesNothing() {
        String taken = uniqueCode("it-slug-taken");
        create("/api/articles", object().add("type", "news").add("title", unique("IT slug a"))
                .add("slug", taken).build());
        String title = unique("IT slug b");
        Created other = create("/api/articles", object().add("type", "news")
                .add("title", title).build());
        long version = other.json().getJsonNumber("version").longValue();
        String slug = other.json().getString("slug");
        assertProblem(Node.put(other.location(), ADMIN, object().add("version", version)
                .add("type", "news").add("title", title).add("slug", taken).build()), 409,
                "duplicate-slug");
        JsonObject stored = Node.get(other.location(), ADMIN).object();
        assertEquals(slug, stored.getString("slug"));
        assertEquals(version, stored.getJsonNumber("version").longValue());
    }

    // --- taxonomy rules -------------------------------------------------------------------

    Created taxonomy() {
        return create("/api/taxonomies", object().add("code", uniqueCode("it"))
                .add("labels", object().add("en", "IT rules")).add("appliesTo",
                        array("entity")).build());
    }

    Created value(Created taxonomy, String code, String parent) {
        var body = object().add("code", code).add("labels", object().add("en", code));
        if (parent != null) {
            body.add("parent", parent);
        }
        return create(taxonomy.location() + "/values", body.build());
    }

    @Test
    void duplicateTaxonomyCodeIsRefusedWith409() {
        String label = unique("IT duplicate taxonomy");
        assertProblem(Node.post("/api/taxonomies", ADMIN, object().add("code", "countries")
                .add("labels", object().add("en", label)).build()), 409, "duplicate-code");
        assertEquals(false, Node.get("/api/taxonomies").body().contains(label));
    }

    @Test
    void malformedTaxonomyCodeAndMissingLabelsAreNamed() {
        assertInvalid(Node.post("/api/taxonomies", ADMIN, object().add("code", "Bad Code")
                .add("labels", object().add("en", "x")).build()), "code");
        String code = uniqueCode("it");
        assertInvalid(Node.post("/api/taxonomies", ADMIN, object().add("code", code).build()),
                "labels");
        assertEquals(false, Node.get("/api/taxonomies").body().contains("\"" + code + "\""));
    }

    @Test
    void duplicateValueCodeIsRefusedWith409() {
        Created taxonomy = taxonomy();
        Created root = value(taxonomy, "a", null);
        assertProblem(Node.post(taxonomy.location() + "/values", ADMIN, object().add("code", "a")
                .add("labels", object().add("en", "again")).build()), 409, "duplicate-code");
        assertProblem(Node.post(taxonomy.location() + "/values", ADMIN, object().add("code", "a")
                .add("labels", object().add("en", "again")).add("parent", root.id()).build()),
                409, "duplicate-code");
        assertEquals(1, values(taxonomy.id()).size());
    }

    @Test
    void renamingAValueToATakenCodeIsRefusedWith409() {
        Created taxonomy = taxonomy();
        value(taxonomy, "a", null);
        Created b = value(taxonomy, "b", null);
        long version = b.json().getJsonNumber("version").longValue();
        assertProblem(Node.put(b.location(), ADMIN, object().add("version", version)
                .add("code", "a").add("labels", object().add("en", "b")).build()), 409,
                "duplicate-code");
        JsonObject stored = Node.get(b.location()).object();
        assertEquals("b", stored.getString("code"));
        assertEquals(version, stored.getJsonNumber("version").longValue());
    }

    @Test
    void movingAValueUnderItsOwnDescendantIsRefusedWith409() {
        Created taxonomy = taxonomy();
        Created a = value(taxonomy, "a", null);
        Created b = value(taxonomy, "b", a.id());
        Created c = value(taxonomy, "c", b.id());
        long version = a.json().getJsonNumber("version").longValue();
        for (Created under : java.util.List.of(c, b, a)) {
            assertProblem(Node.put(a.location(), ADMIN, object().add("version", version)
                    .add("code", "a").add("labels", object().add("en", "a"))
                    .add("parent", under.id()).build()), 409, "cycle");
        }
        JsonObject stored = Node.get(a.location()).object();
        assertEquals(1, stored.getInt("depth"));
        assertEquals(version, stored.getJsonNumber("version").longValue());
        assertEquals(3, Node.get(c.location()).object().getInt("depth"));
    }

    @Test
    void parentFromAnotherTaxonomyIsRefusedNamingParent() {
        Created taxonomy = taxonomy();
        assertInvalid(Node.post(taxonomy.location() + "/values", ADMIN, object().add("code", "x")
                .add("labels", object().add("en", "x"))
                .add("parent", valueId("countries", "LU")).build()), "parent");
        assertInvalid(Node.post(taxonomy.location() + "/values", ADMIN, object().add("code", "y")
                .add("labels", object().add("en", "y")).add("parent", "nope").build()),
                "parent");
        assertEquals(0, values(taxonomy.id()).size());
    }

    @Test
    void deletingAValueWithChildrenIsRefusedWith409() {
        Created taxonomy = taxonomy();
        Created a = value(taxonomy, "a", null);
        value(taxonomy, "b", a.id());
        assertProblem(Node.delete(a.location(), ADMIN, Node.ifMatch(currentVersion(
                a.location()))), 409, "has-children");
        assertEquals(200, Node.get(a.location()).status());
        assertEquals(2, values(taxonomy.id()).size());
    }

    @Test
    void deletingAValueThatTagsAnObjectIsRefusedWith409() {
        Created taxonomy = taxonomy();
        Created a = value(taxonomy, "a", null);
        createEntity(unique("IT tagged by value"), object().add("tags", array(a.id())));
        assertProblem(Node.delete(a.location(), ADMIN, Node.ifMatch(currentVersion(
                a.location()))), 409, "in-use");
        assertEquals(200, Node.get(a.location()).status());
        assertProblem(Node.delete(taxonomy.location(), ADMIN, Node.ifMatch(currentVersion(
                taxonomy.location()))), 409, "in-use");
        assertEquals(200, Node.get(taxonomy.location()).status());
    }

    // --- paths and methods ----------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/api/nothing-here", "/api/entities/" + "0e0e0e0e-0000-4000-8000-"
            + "000000000000/extra", "/api/admin/unknown"})
    void unknownPathIsA404Problem(String path) {
        assertProblem(Node.get(path, ADMIN), 404, "not-found");
    }

    @Test
    void wrongMethodIsA405ProblemListingTheAllowedOnes() {
        Reply reply = Node.delete("/api/entities", ADMIN, null);
        assertProblem(reply, 405, "method-not-allowed");
        String allow = reply.header("Allow").orElse("");
        assertEquals(true, allow.contains("GET") && allow.contains("POST")
                && !allow.contains("DELETE"), reply::toString);
        assertProblem(Node.send("/api/ping", "POST", ADMIN, "application/json", "{}", null),
                405, "method-not-allowed");
        assertProblem(Node.send("/api/taxonomies/" + taxonomyId("countries") + "/values",
                "DELETE", ADMIN, null, null, null), 405, "method-not-allowed");
    }
}
