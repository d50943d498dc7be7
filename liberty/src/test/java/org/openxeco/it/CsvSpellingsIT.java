package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/**
 * What the CSV export writes, the JSON API takes: the article type as a list filter (as
 * well as the API's own spelling, in any case) and tags as their text; an unknown one is a
 * 400 naming the parameter or field.
 */
class CsvSpellingsIT extends ApiTest {

    private static final String LU = "urn:openxeco:taxonomy:countries/LU";

    @Test
    void theListFilterTakesTheTypeAsCsvAndJsonWriteIt() {
        String title = unique("Spelt job");
        Created job = create("/api/articles", object().add("type", "job-offer")
                .add("title", title).add("status", "public").build());
        String csvType = csv("/api/csv/articles?q=" + encode(title)).lines().skip(1)
                .findFirst().orElseThrow().split(",")[2];
        assertEquals("JOB_OFFER", csvType);

        for (String type : List.of(csvType, "job_offer", "job-offer", "Job-Offer")) {
            List<JsonObject> found = items(Node.get("/api/articles?type=" + type + "&q="
                    + encode(title), ADMIN));
            assertEquals(List.of(job.id()), found.stream().map(a -> a.getString("id")).toList(),
                    type);
        }
        assertEquals(List.of(), items(Node.get("/api/articles?type=NEWS&q=" + encode(title),
                ADMIN)));
        assertInvalid(Node.get("/api/articles?type=JOB-OFFERS"), "type");
        assertInvalid(Node.get("/api/articles?type=blog"), "type");
    }

    @Test
    void tagsAreTakenAsTheCsvExportWritesThem() {
        String luId = valueId("countries", "LU");
        Created entity = createEntity(unique("Spelt tags"), object().add("tags", array(LU)));
        assertEquals(List.of(luId), tagIds(Node.get(entity.location(), ADMIN).object()));
        Created byCode = createEntity(unique("Spelt code"), object()
                .add("tags", array("countries:LU")));
        assertEquals(List.of(luId), tagIds(Node.get(byCode.location(), ADMIN).object()));

        Created article = create("/api/articles", object().add("type", "news")
                .add("title", unique("Spelt article")).add("tags", array(LU)).build());
        assertEquals(List.of(luId), tagIds(Node.get(article.location(), ADMIN).object()));

        String name = unique("Spelt unknown");
        assertInvalid(Node.post("/api/entities", ADMIN, object().add("name", name)
                .add("kind", "company").add("tags", array(luId,
                        "urn:openxeco:taxonomy:countries/QQ")).build()), "tags[1]");
        assertEquals(0, entitiesNamed(name));
        String title = unique("Spelt unknown article");
        assertInvalid(Node.post("/api/articles", ADMIN, object().add("type", "news")
                .add("title", title).add("tags", array("nowhere:XX")).build()), "tags[0]");
        assertEquals(0, articlesTitled(title));
    }

    private static List<String> tagIds(JsonObject object) {
        return object.getJsonArray("tags").stream().map(JsonValue::asJsonObject)
                .map(t -> t.get("id")).map(v -> ((JsonString) v).getString()).toList();
    }

    private static String csv(String path) {
        Reply reply = Node.sendOver(HttpClient.Version.HTTP_1_1, List.of(Node.requestTo(path,
                ADMIN).setHeader("Accept", "text/csv").GET().build())).get(0);
        assertEquals(200, reply.status(), reply::toString);
        return reply.body();
    }
}
