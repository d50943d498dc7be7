package org.openxeco.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import com.sun.net.httpserver.HttpServer;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;

import org.openxeco.it.Node.Reply;
import org.openxeco.it.SkosGraph.Concept;

/**
 * Taxonomies as SKOS over HTTP: content negotiation on the scheme's URI, the answers read
 * with an independent parser and compared concept by concept, imports by body and by URL,
 * broken files refused naming each concept, and the bundled taxonomies' admin API.
 */
class SkosIT extends ApiTest {

    private static final String TURTLE = "text/turtle";
    private static final String LD_JSON = "application/ld+json";

    @Test
    void schemeUriAnswersJsonTurtleOrJsonLdAsAskedAndEachSaysTheSame() {
        Created scheme = create("/api/taxonomies", object().add("code", uniqueCode("it-skos"))
                .add("labels", object().add("en", "SKOS test").add("fr", "Test SKOS"))
                .add("appliesTo", array("entity")).build());
        Created a = create(scheme.location() + "/values", object().add("code", "a")
                .add("labels", object().add("en", "Alpha").add("de", "Alpha de")).build());
        Created a1 = create(scheme.location() + "/values", object().add("code", "a.1")
                .add("parent", a.id()).add("labels", object().add("fr", "Un")).build());
        String match = "http://it.example.org/concepts/" + UUID.randomUUID();
        Reply mapped = Node.put("/api/admin/concept-mappings", ADMIN, object()
                .add("concept", match).add("value", a1.id()).build());
        assertEquals(200, mapped.status(), mapped::toString);
        String schemeUri = scheme.location();
        String aUri = a.location();
        String a1Uri = a1.location();

        Reply json = accept(schemeUri, "application/json");
        assertJsonTree(json, scheme);
        Reply turtle = accept(schemeUri, TURTLE);
        Reply jsonLd = accept(schemeUri, LD_JSON);
        assertEquals(TURTLE, turtle.contentType().split(";")[0], turtle::toString);
        assertEquals(LD_JSON, jsonLd.contentType().split(";")[0], jsonLd::toString);
        assertEquals("Accept", turtle.header("Vary").orElse(""));

        Model fromTurtle = SkosGraph.parse(turtle.body(), RDFFormat.TURTLE);
        Model fromJsonLd = SkosGraph.parse(jsonLd.body(), RDFFormat.JSONLD);
        assertTrue(Models.isomorphic(fromTurtle, fromJsonLd), "Turtle and JSON-LD differ");
        assertEquals(schemeUri, SkosGraph.scheme(fromTurtle));
        assertEquals(Map.of("en", "SKOS test", "fr", "Test SKOS"),
                SkosGraph.labels(fromTurtle, schemeUri, SkosGraph.SKOS + "prefLabel"));
        Map<String, Concept> expected = new TreeMap<>(Map.of(
                aUri, new Concept("a", Map.of("en", "Alpha", "de", "Alpha de"), null, schemeUri,
                        true, Set.of()),
                a1Uri, new Concept("a.1", Map.of("fr", "Un"), aUri, schemeUri, false,
                        Set.of(match))));
        assertEquals(expected, SkosGraph.concepts(fromTurtle));
        assertEquals(expected, SkosGraph.concepts(fromJsonLd));

        // Each client gets its own media type again, whatever was asked for before.
        assertJsonTree(accept(schemeUri, "application/json"), scheme);
        assertJsonTree(Node.get(schemeUri), scheme);
        assertJsonTree(accept(schemeUri, "*/*"), scheme);
        Reply turtleAgain = accept(schemeUri, TURTLE);
        assertEquals(TURTLE, turtleAgain.contentType().split(";")[0]);
        assertEquals(SkosGraph.concepts(fromTurtle), SkosGraph.concepts(
                SkosGraph.parse(turtleAgain.body(), RDFFormat.TURTLE)));
        assertEquals(406, accept(schemeUri, "text/html").status());
    }

    @Test
    void aSkosBodyCreatesATaxonomyAndMergesIntoItTheSecondTime() {
        String schemeUri = "http://it.example.org/schemes/" + UUID.randomUUID();
        String code = uniqueCode("it-body");
        String file = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "@prefix dct: <http://purl.org/dc/terms/> .\n"
                + "<" + schemeUri + "> a skos:ConceptScheme ; skos:notation \"" + code + "\" ;\n"
                + "  skos:prefLabel \"Imported\"@en, \"Importée\"@fr ; dct:license \"CC0\" .\n"
                + "<" + schemeUri + "/x> a skos:Concept ; skos:notation \"x\" ;\n"
                + "  skos:prefLabel \"Ex\"@en, \"Ix\"@de ; skos:topConceptOf <" + schemeUri + "> ;\n"
                + "  skos:narrower <" + schemeUri + "/y> .\n"
                + "<" + schemeUri + "/y> a skos:Concept ; skos:notation \"y\" ;\n"
                + "  skos:prefLabel \"Why\"@en ; skos:inScheme <" + schemeUri + "> ;\n"
                + "  skos:exactMatch <http://elsewhere.example.org/y-" + code + "> .\n";

        Reply created = Node.send("/api/taxonomies", "POST", ADMIN, TURTLE, file, null);
        assertEquals(201, created.status(), created::toString);
        JsonObject summary = created.object();
        assertEquals(code, summary.getString("code"));
        assertEquals(2, summary.getInt("created"));
        assertEquals(1, summary.getInt("exactMatches"));
        String location = created.header("Location").orElseThrow();

        Model export = SkosGraph.parse(accept(location, TURTLE).body(), RDFFormat.TURTLE);
        assertEquals(schemeUri, SkosGraph.scheme(export));
        assertEquals(Map.of(
                schemeUri + "/x", new Concept("x", Map.of("en", "Ex", "de", "Ix"), null,
                        schemeUri, true, Set.of()),
                schemeUri + "/y", new Concept("y", Map.of("en", "Why"), schemeUri + "/x",
                        schemeUri, false, Set.of("http://elsewhere.example.org/y-" + code))),
                SkosGraph.concepts(export));

        Reply again = Node.send("/api/taxonomies", "POST", ADMIN, TURTLE, file, null);
        assertEquals(200, again.status(), again::toString);
        assertEquals(0, again.object().getInt("created"));
        assertEquals(2, again.object().getInt("unchanged"));
        assertEquals(summary.getString("scheme"), again.object().getString("scheme"));
    }

    @Test
    void aUrlServedOnThisMachineIsFetchedAndImported() throws IOException {
        String schemeUri = "http://it.example.org/schemes/" + UUID.randomUUID();
        String code = uniqueCode("it-url");
        byte[] body = ("{\"@context\": {\"skos\": \"http://www.w3.org/2004/02/skos/core#\"},"
                + " \"@graph\": [{\"@id\": \"" + schemeUri + "\", \"@type\": \"skos:ConceptScheme\","
                + " \"skos:notation\": \"" + code + "\", \"skos:prefLabel\": {\"@value\": \"From"
                + " URL\", \"@language\": \"en\"}}, {\"@id\": \"" + schemeUri + "/z\", \"@type\":"
                + " \"skos:Concept\", \"skos:notation\": \"z\", \"skos:prefLabel\": [{\"@value\":"
                + " \"Zed\", \"@language\": \"en\"}, {\"@value\": \"Zède\", \"@language\": \"fr\"}],"
                + " \"skos:topConceptOf\": {\"@id\": \"" + schemeUri + "\"}}]}")
                .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/scheme.jsonld", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", LD_JSON);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/scheme.jsonld";
            Reply created = Node.post("/api/taxonomies/imports", ADMIN,
                    object().add("url", url).build());
            assertEquals(201, created.status(), created::toString);
            Model export = SkosGraph.parse(accept(created.header("Location").orElseThrow(),
                    LD_JSON).body(), RDFFormat.JSONLD);
            assertEquals(Map.of(schemeUri + "/z", new Concept("z", Map.of("en", "Zed",
                    "fr", "Zède"), null, schemeUri, true, Set.of())), SkosGraph.concepts(export));

            Reply refused = Node.post("/api/taxonomies/imports", ADMIN,
                    object().add("url", "http://169.254.169.254/latest/meta-data").build());
            assertInvalid(refused, "url");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBrokenFileIsRefusedNamingEachConceptAndChangesNothing() {
        String code = uniqueCode("it-broken");
        String file = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<http://it.example.org/b> a skos:ConceptScheme ; skos:notation \"" + code
                + "\" ; skos:prefLabel \"Broken\"@en .\n"
                + "<http://it.example.org/b/1> a skos:Concept ; skos:prefLabel \"One\"@en ;"
                + " skos:broader <http://it.example.org/b/none> .\n"
                + "<http://it.example.org/b/2> a skos:Concept ; skos:notation \"two\" .\n"
                + "<http://it.example.org/b/3> a skos:Concept ; skos:prefLabel \"Three\"@xq .\n";
        Reply refused = Node.send("/api/taxonomies", "POST", ADMIN, TURTLE, file, null);
        JsonObject problem = assertInvalid(refused,
                "concepts[http://it.example.org/b/1].broader",
                "concepts[http://it.example.org/b/2].prefLabel",
                "concepts[http://it.example.org/b/3].prefLabel");
        assertEquals(3, problem.getJsonArray("errors").size());
        assertFalse(Node.get("/api/taxonomies", ADMIN).body().contains("\"" + code + "\""));

        Reply syntax = Node.send("/api/taxonomies", "POST", ADMIN, TURTLE,
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<x> a ,, .\n", null);
        assertInvalid(syntax, "body:2");
        assertTrue(Set.of(401, 403).contains(Node.send("/api/taxonomies", "POST", ANONYMOUS,
                TURTLE, file, null).status()));
    }

    @Test
    void bundledTaxonomiesAreListedWithTheirStateAndInstallIsIdempotent() {
        Reply list = Node.get("/api/admin/bundled-taxonomies", ADMIN);
        assertEquals(200, list.status(), list::toString);
        List<JsonObject> rows = list.json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .toList();
        assertEquals(List.of("nace-rev2", "countries", "cybersecurity-domains",
                "conference-topics"), rows.stream().map(r -> r.getString("code")).toList());
        JsonObject countries = rows.get(1);
        assertEquals("urn:openxeco:taxonomy:countries", countries.getString("schemeUri"));
        assertEquals("INSTALLED", countries.getString("state"));
        assertEquals(countries.getInt("bundledValues"), countries.getInt("installedValues"));
        assertEquals(countries.getInt("bundledValues"), values(countries.getString("taxonomy"))
                .size());

        Reply install = Node.send("/api/admin/bundled-taxonomies/countries", "POST", ADMIN, null, null, null);
        assertEquals(200, install.status(), install::toString);
        assertEquals(0, install.object().getInt("added"));
        assertEquals(countries.getInt("bundledValues"), install.object().getInt("existing"));
        assertTrue(Set.of(401, 403).contains(Node.get("/api/admin/bundled-taxonomies",
                ANONYMOUS).status()));
        assertEquals(404, Node.send("/api/admin/bundled-taxonomies/none", "POST", ADMIN, null, null,
                null).status());
    }

    private static Reply accept(String url, String mediaType) {
        HttpRequest request = Node.requestTo(url, ANONYMOUS).setHeader("Accept", mediaType).GET()
                .build();
        return Node.sendOver(java.net.http.HttpClient.Version.HTTP_1_1, List.of(request)).get(0);
    }

    private static void assertJsonTree(Reply reply, Created scheme) {
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("application/json", reply.contentType().split(";")[0], reply::toString);
        assertEquals(scheme.json().getString("code"), reply.object().getJsonObject("taxonomy")
                .getString("code"));
    }
}
