package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/**
 * Entities and articles as CSV through the API: exports read with Commons CSV agree with the
 * JSON API, imports answer a report per row or refuse a file whole, and nothing is half done.
 */
class CsvIT extends ApiTest {

    private static final String CSV = "text/csv";
    private static final String LU = "urn:openxeco:taxonomy:countries/LU";

    @Test
    void theEntityExportReadWithCommonsCsvAgreesWithTheJsonApi() {
        String name = unique("Csv \"export\", | Société");
        Created created = createEntity(name, object().add("legalName", "Legal SA")
                .add("email", "office@example.org").add("phone", "+352 1")
                .add("websites", array("https://a.example", "https://b.example"))
                .add("addresses", array(object().add("street", "1 Rue").add("city", "Esch")
                        .add("country", "LU"), object().add("country", "BE")))
                .add("identifiers", array(object().add("scheme", "vat").add("value", "LU1")))
                .add("tags", array(valueId("countries", "LU"))));
        JsonObject json = Node.get(created.location(), ADMIN).object();

        Reply export = csv("/api/csv/entities?q=" + encode(name), ADMIN);
        List<CSVRecord> records = parse(export.body(), ENTITY_HEADER);

        assertEquals(1, records.size());
        CSVRecord row = records.get(0);
        assertEquals(json.getString("id"), row.get("uuid"));
        assertEquals(String.valueOf(json.getJsonNumber("version").longValue()), row.get("version"));
        assertEquals(json.getString("name"), row.get("name"));
        assertEquals(json.getString("legalName"), row.get("legal_name"));
        assertEquals(json.getString("kind"), row.get("kind").toLowerCase().replace('_', '-'));
        assertEquals(json.getString("status"), row.get("status").toLowerCase());
        assertEquals("'" + json.getString("phone"), row.get("phone"));
        assertEquals(strings(json, "websites", null), split(row.get("websites")));
        assertEquals(strings(json, "addresses", "country"), split(row.get("address_country_codes")));
        assertEquals(List.of("Esch", ""), split(row.get("address_cities")));
        assertEquals(List.of("VAT:LU1"), split(row.get("identifiers")));
        assertEquals(List.of(LU), split(row.get("tags")));
        assertEquals(Instant.parse(json.getString("updated")), Instant.parse(row.get("updated")));
    }

    @Test
    void anArticleExportedDeletedAndImportedComesBackTheSame() {
        Created employer = createEntity(unique("Employer"), null);
        String title = unique("Csv job");
        Created job = create("/api/articles", object().add("type", "job-offer")
                .add("title", title).add("summary", "Line one\nline two, \"quoted\"")
                .add("body", "<p>Body <b>bold</b></p>")
                .add("links", array(object().add("kind", "website").add("url", "https://j.example")
                        .add("label", "A | B")))
                .add("job", object().add("hiringEntity", employer.id())
                        .add("employmentType", "internship").add("location", "Esch")
                        .add("closingDate", "2031-06-30"))
                .add("relatedEntities", array(employer.id())).build());
        JsonObject before = Node.get(job.location(), ADMIN).object();
        String file = csv("/api/csv/articles?type=job-offer&q=" + encode(title), ADMIN).body();
        assertEquals(1, parse(file, ARTICLE_HEADER).size());
        Node.delete(job.location(), ADMIN, Node.ifMatch(currentVersion(job.location())));

        Reply imported = post("/api/csv/articles?mode=all-or-nothing", file);

        assertEquals(200, imported.status(), imported::toString);
        JsonObject report = imported.object();
        assertTrue(report.getBoolean("applied"));
        JsonObject row = report.getJsonArray("rows").getJsonObject(0);
        assertEquals(List.of(2, "created", before.getString("id")), List.of(row.getInt("line"),
                row.getString("outcome"), row.getString("id")));
        JsonObject after = Node.get(job.location(), ADMIN).object();
        assertEquals(withoutTracking(before), withoutTracking(after));
    }

    @Test
    void rowByRowAppliesTheGoodRowsAndReportsEachRow() {
        String marker = unique("Csv rows");
        String file = file(ENTITY_HEADER, Map.of("name", marker + " a", "kind", "company"),
                Map.of("name", marker + " b", "email", "not an address"),
                Map.of("name", marker + " c", "tags", LU));

        Reply reply = post("/api/csv/entities?mode=row-by-row", file);

        assertEquals(200, reply.status(), reply::toString);
        JsonObject report = reply.object();
        assertEquals("row-by-row", report.getString("mode"));
        assertEquals(List.of(2, 0, 0, 1), counts(report));
        List<JsonObject> rows = report.getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("created", "rejected", "created"),
                rows.stream().map(r -> r.getString("outcome")).toList());
        assertEquals(3, rows.get(1).getInt("line"));
        assertEquals("email", rows.get(1).getJsonArray("errors").getJsonObject(0)
                .getString("field"));
        assertEquals(2, entitiesNamed(marker));
        JsonObject tagged = Node.get("/api/entities/" + rows.get(2).getString("id"), ADMIN)
                .object();
        assertEquals("LU", tagged.getJsonArray("tags").getJsonObject(0).getString("code"));
        deleteEntities(rows.get(0).getString("id"), rows.get(2).getString("id"));
    }

    @Test
    void allOrNothingWithBadRowsIsRefusedListingEveryRowAndChangesNothing() {
        String marker = unique("Csv refused");
        String file = file(ENTITY_HEADER, Map.of("name", marker + " a"),
                Map.of("name", marker + " b", "email", "not an address"),
                Map.of("name", marker + " c", "tags", "urn:openxeco:taxonomy:countries/QQ"));

        Reply reply = post("/api/csv/entities", file);

        JsonObject problem = assertProblem(reply, 422, "csv-rows-rejected");
        assertEquals(java.util.Set.of("line 3: email", "line 4: tags"), fieldsOf(problem));
        assertEquals(List.of(3, 4), problem.getJsonArray("rows").stream()
                .map(r -> r.asJsonObject().getInt("line")).toList());
        assertEquals(0, entitiesNamed(marker));
    }

    @Test
    void aRowBasedOnAnOlderVersionIsAConflictAndAnUnchangedRowStaysAsItIs() {
        String name = unique("Csv version");
        Created entity = createEntity(name, null);
        String export = csv("/api/csv/entities?q=" + encode(name), ADMIN).body();

        Reply again = post("/api/csv/entities?mode=row-by-row", export);
        assertEquals(List.of(0, 0, 1, 0), counts(again.object()));

        long version = currentVersion(entity.location());
        assertEquals(204, Node.put(entity.location(), ADMIN, object().add("name", name)
                .add("kind", "ngo").build(), Node.ifMatch(version)).status());
        Reply stale = post("/api/csv/entities", export.replace("COMPANY", "PUBLIC_BODY"));

        JsonObject problem = assertProblem(stale, 422, "csv-rows-rejected");
        assertEquals(java.util.Set.of("line 2: version"), fieldsOf(problem));
        assertEquals("ngo", Node.get(entity.location(), ADMIN).object().getString("kind"));
    }

    @Test
    void filesThatCannotBeReadAreRefusedWholeAndOnlyAdministratorsImport() {
        String name = unique("Csv latin");
        byte[] latin1 = (String.join(",", ENTITY_HEADER) + "\r\n,," + name + " Soci\u00e9t\u00e9"
                + ",,,,,,,,,,,,,,,,,\r\n").getBytes(StandardCharsets.ISO_8859_1);
        Reply notUtf8 = Node.sendBody("/api/csv/entities", "POST", ADMIN, CSV,
                BodyPublishers.ofByteArray(latin1), null);
        Reply missing = post("/api/csv/entities", "name\r\n" + name + "\r\n");
        Reply anonymous = Node.send("/api/csv/entities", "POST", ANONYMOUS, CSV,
                file(ENTITY_HEADER, Map.of("name", name)), null);

        assertInvalid(notUtf8, "file");
        JsonObject problem = assertInvalid(missing, "header");
        assertEquals(ENTITY_HEADER.size() - 1, problem.getJsonArray("errors").size());
        assertTrue(anonymous.status() == 401 || anonymous.status() == 403, anonymous::toString);
        assertEquals(0, entitiesNamed(name));
    }

    static final List<String> ENTITY_HEADER = List.of("uuid", "version", "name",
            "legal_name", "kind", "status", "description", "email", "phone", "logo_url",
            "websites", "address_streets", "address_postal_codes", "address_cities",
            "address_regions", "address_country_codes", "identifiers", "tags", "shared",
            "updated");

    static final List<String> ARTICLE_HEADER = List.of("uuid", "version", "type", "status",
            "title", "slug", "summary", "body", "published_at", "link_kinds", "link_urls",
            "link_labels", "event_start", "event_end", "event_time_zone", "event_all_day",
            "event_attendance", "event_venue", "event_city", "event_country_code",
            "event_country_name", "event_registration_url", "event_cfp_url", "event_cfp_end",
            "job_hiring_entity", "job_employment_type", "job_location", "job_closing_date",
            "offering_provider", "offering_url", "related_entities", "tags", "shared",
            "updated");

    private static Reply csv(String path, Node.Caller caller) {
        Reply reply = Node.sendOver(HttpClient.Version.HTTP_1_1, List.of(Node.requestTo(path,
                caller).setHeader("Accept", CSV).GET().build())).get(0);
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith(CSV), reply::toString);
        return reply;
    }

    private static Reply post(String path, String body) {
        return Node.send(path, "POST", ADMIN, CSV, body, null);
    }

    private static List<CSVRecord> parse(String text, List<String> header) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(format).get()) {
            assertEquals(header, parser.getHeaderNames());
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SafeVarargs
    private static String file(List<String> header, Map<String, String>... rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (Map<String, String> row : rows) {
                printer.printRecord(header.stream().map(c -> row.getOrDefault(c, "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The values of a multi-valued cell (none contain an escaped separator here). */
    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split(" \\| ", -1)).stream()
                .map(String::strip).toList();
    }

    private static List<String> strings(JsonObject json, String array, String member) {
        List<String> values = new ArrayList<>();
        for (JsonValue value : json.getJsonArray(array)) {
            values.add(member == null ? ((jakarta.json.JsonString) value).getString()
                    : value.asJsonObject().getString(member));
        }
        return values;
    }

    private static List<Integer> counts(JsonObject report) {
        JsonObject counts = report.getJsonObject("counts");
        return List.of(counts.getInt("created"), counts.getInt("updated"),
                counts.getInt("unchanged"), counts.getInt("rejected"));
    }

    private static JsonObject withoutTracking(JsonObject article) {
        return jakarta.json.Json.createObjectBuilder(article).remove("version").remove("created")
                .remove("updated").build();
    }

    private static void deleteEntities(String... ids) {
        for (String id : ids) {
            String url = "/api/entities/" + id;
            Node.delete(url, ADMIN, Node.ifMatch(currentVersion(url)));
        }
    }
}
