package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;

/** Taxonomies and their values: create, read, rename, move and delete as administrator. */
class TaxonomyIT extends ApiTest {

    /** Creates a taxonomy with a unique code that may tag entities and events. */
    Created createTaxonomy() {
        return create("/api/taxonomies", object().add("code", uniqueCode("it"))
                .add("labels", object().add("en", "IT taxonomy").add("fr", "Taxonomie IT"))
                .add("description", "Made by the black-box tests")
                .add("appliesTo", array("entity", "event")).build());
    }

    /** Creates a value under a parent (or at the root when the parent is null). */
    Created createValue(Created taxonomy, String code, String parent) {
        var body = object().add("code", code).add("labels", object().add("en", "Value " + code));
        if (parent != null) {
            body.add("parent", parent);
        }
        return create(taxonomy.location() + "/values", body.build());
    }

    static JsonObject read(String url) {
        Reply reply = Node.get(url);
        assertEquals(200, reply.status(), reply::toString);
        return reply.object();
    }

    @Test
    void taxonomyLifecycleCreateRenameStaleRenameAndDelete() {
        Created taxonomy = createTaxonomy();
        String code = taxonomy.json().getString("code");
        assertEquals(Node.BASE_URL + "/api/taxonomies/" + taxonomy.id(), taxonomy.location());
        long version = taxonomy.json().getJsonNumber("version").longValue();
        assertEquals(Node.ifMatch(version), taxonomy.reply().header("ETag").orElse(null));

        JsonObject tree = read(taxonomy.location());
        assertEquals(code, tree.getJsonObject("taxonomy").getString("code"));
        assertEquals(Map.of("en", "IT taxonomy", "fr", "Taxonomie IT"),
                labels(tree.getJsonObject("taxonomy")));
        assertEquals(List.of("entity", "event"), tree.getJsonObject("taxonomy")
                .getJsonArray("appliesTo").stream().map(v -> ((jakarta.json.JsonString) v)
                        .getString()).toList());
        assertEquals(0, tree.getInt("valueCount"));
        assertTrue(Node.get("/api/taxonomies").body().contains("\"" + code + "\""));

        Reply rename = Node.put(taxonomy.location(), ADMIN, object().add("version", version)
                .add("code", code).add("labels", object().add("en", "IT taxonomy renamed"))
                .add("appliesTo", array("entity")).build());
        assertEquals(204, rename.status(), rename::toString);
        assertEquals(Node.ifMatch(version + 1), rename.header("ETag").orElse(null));
        JsonObject renamed = read(taxonomy.location()).getJsonObject("taxonomy");
        assertEquals("IT taxonomy renamed", renamed.getString("label"));
        assertEquals(version + 1, renamed.getJsonNumber("version").longValue());

        JsonObject stale = assertProblem(Node.put(taxonomy.location(), ADMIN, object()
                .add("version", version).add("code", code)
                .add("labels", object().add("en", "stale")).build()), 409, "stale-version");
        assertEquals(version, stale.getJsonNumber("givenVersion").longValue());
        assertEquals(version + 1, stale.getJsonNumber("currentVersion").longValue());

        assertInvalid(Node.delete(taxonomy.location(), ADMIN, null), "If-Match");
        assertEquals(200, Node.get(taxonomy.location()).status());
        Reply delete = Node.delete(taxonomy.location(), ADMIN, Node.ifMatch(version + 1));
        assertEquals(204, delete.status(), delete::toString);
        assertProblem(Node.get(taxonomy.location()), 404, "not-found");
        assertTrue(!Node.get("/api/taxonomies").body().contains("\"" + code + "\""));
    }

    @Test
    void valueLifecycleCreateRenameStaleRenameAndDelete() {
        Created taxonomy = createTaxonomy();
        Created root = createValue(taxonomy, "root", null);
        Created child = createValue(taxonomy, "child", root.id());
        assertEquals(taxonomy.location() + "/values/" + child.id(), child.location());
        long version = child.json().getJsonNumber("version").longValue();
        assertEquals(Node.ifMatch(version), child.reply().header("ETag").orElse(null));

        JsonObject value = read(child.location());
        assertEquals("child", value.getString("code"));
        assertEquals(root.id(), value.getString("parent"));
        assertEquals(taxonomy.id(), value.getString("taxonomy"));
        assertEquals(2, value.getInt("depth"));
        assertEquals("Value child", value.getString("label"));

        JsonObject tree = read(taxonomy.location());
        assertEquals(2, tree.getInt("valueCount"));
        assertEquals(2, tree.getInt("depth"));
        JsonObject rootNode = tree.getJsonArray("tree").getJsonObject(0);
        assertEquals("root", rootNode.getString("code"));
        assertEquals("child", rootNode.getJsonArray("children").getJsonObject(0)
                .getString("code"));

        Reply rename = Node.put(child.location(), ADMIN, object().add("code", "child-renamed")
                .add("labels", object().add("en", "Renamed")).add("parent", root.id()).build(),
                Node.ifMatch(version));
        assertEquals(204, rename.status(), rename::toString);
        assertEquals(Node.ifMatch(version + 1), rename.header("ETag").orElse(null));
        JsonObject renamed = read(child.location());
        assertEquals("child-renamed", renamed.getString("code"));
        assertEquals("Renamed", renamed.getString("label"));
        assertEquals(root.id(), renamed.getString("parent"));
        assertEquals(version + 1, renamed.getJsonNumber("version").longValue());

        JsonObject stale = assertProblem(Node.put(child.location(), ADMIN, object()
                .add("version", version).add("code", "child-stale")
                .add("labels", object().add("en", "Stale")).build()), 409, "stale-version");
        assertEquals(version, stale.getJsonNumber("givenVersion").longValue());
        assertEquals(version + 1, stale.getJsonNumber("currentVersion").longValue());
        assertEquals("child-renamed", read(child.location()).getString("code"));

        assertInvalid(Node.delete(child.location(), ADMIN, null), "If-Match");
        Reply delete = Node.delete(child.location(), ADMIN, Node.ifMatch(version + 1));
        assertEquals(204, delete.status(), delete::toString);
        assertProblem(Node.get(child.location()), 404, "not-found");
        assertEquals(1, read(taxonomy.location()).getInt("valueCount"));
    }

    @Test
    void movingAValueTakesItsSubtreeAlong() {
        Created taxonomy = createTaxonomy();
        Created a = createValue(taxonomy, "a", null);
        Created b = createValue(taxonomy, "b", a.id());
        Created c = createValue(taxonomy, "c", b.id());
        assertEquals(3, read(c.location()).getInt("depth"));

        Reply move = Node.put(b.location(), ADMIN, object().add("code", "b")
                .add("labels", object().add("en", "B")).build(),
                Node.ifMatch(currentVersion(b.location())));
        assertEquals(204, move.status(), move::toString);
        JsonObject moved = read(b.location());
        assertEquals(1, moved.getInt("depth"));
        assertTrue(!moved.containsKey("parent") || moved.isNull("parent"), moved::toString);
        assertEquals(2, read(c.location()).getInt("depth"));
        assertEquals(b.id(), read(c.location()).getString("parent"));
        assertEquals(List.of("a", "b"), read(taxonomy.location()).getJsonArray("tree").stream()
                .map(n -> n.asJsonObject().getString("code")).toList());
    }

    @Test
    void filterOnAValueIncludesItsSubtreeAfterAMove() {
        Created taxonomy = createTaxonomy();
        String code = taxonomy.json().getString("code");
        Created a = createValue(taxonomy, "a", null);
        Created b = createValue(taxonomy, "b", a.id());
        Created c = createValue(taxonomy, "c", b.id());
        String name = unique("IT entity in subtree");
        createEntity(name, object().add("tags", array(c.id())));
        String q = "&size=5&q=" + encode(name);
        assertEquals(1, total("/api/entities?tag=" + code + ":a" + q, ANONYMOUS));
        assertEquals(1, total("/api/entities?tag=" + code + ":b" + q, ANONYMOUS));

        assertEquals(204, Node.put(b.location(), ADMIN, object().add("code", "b")
                .add("labels", object().add("en", "B")).build(),
                Node.ifMatch(currentVersion(b.location()))).status());
        assertEquals(0, total("/api/entities?tag=" + code + ":a" + q, ANONYMOUS));
        assertEquals(1, total("/api/entities?tag=" + code + ":b" + q, ANONYMOUS));
        assertEquals(1, total("/api/entities?tag=" + b.id() + q, ANONYMOUS));
    }

    @Test
    void valuesListIsFlatWithParentsFirst() {
        Created taxonomy = createTaxonomy();
        Created a = createValue(taxonomy, "a", null);
        createValue(taxonomy, "a1", a.id());
        createValue(taxonomy, "z", null);
        List<JsonObject> values = values(taxonomy.id());
        assertEquals(List.of("a", "z", "a1"), values.stream().map(v -> v.getString("code"))
                .toList());
        assertEquals(List.of(0, 1, 0), values.stream().map(v -> v.getInt("position")).toList());
    }

    static Map<String, String> labels(JsonObject object) {
        JsonObject labels = object.getJsonObject("labels");
        return labels.keySet().stream().collect(java.util.stream.Collectors.toMap(k -> k,
                labels::getString));
    }
}
