package org.openxeco.taxonomy.skos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openxeco.taxonomy.skos.SkosTesting.utf8;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Services;

/** Broken SKOS is refused whole, each problem named by concept and field; nothing changes. */
class SkosImportProblemsServiceTest {

    private static final String PREFIX = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
            + "@prefix ex: <http://ex.org/> .\n";
    private static final String SCHEME = "ex:s a skos:ConceptScheme ; skos:prefLabel \"S\"@en .\n";

    private static final FieldError ORPHAN = new FieldError("concepts[http://ex.org/orphan]"
            + ".broader", "The broader concept http://ex.org/nowhere is neither in the file nor"
            + " in the taxonomy");
    private static final FieldError CYCLE = new FieldError("concepts[http://ex.org/c1].broader",
            "The concept is its own broader concept through http://ex.org/c1 -> http://ex.org/c2"
            + " -> http://ex.org/c1");

    private static Services node;
    private static TaxonomyScheme existing;

    @BeforeAll
    static void start() {
        node = new Services();
        existing = SkosTesting.scheme(node);
        SkosTesting.value(node, existing, "kept", null, Map.of("en", "Kept"));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void badEncodingNamesItsLine() {
        byte[] good = utf8(PREFIX + SCHEME + "ex:c a skos:Concept ; skos:prefLabel \"");
        byte[] file = new byte[good.length + 3];
        System.arraycopy(good, 0, file, 0, good.length);
        file[good.length] = (byte) 0xff;
        file[good.length + 1] = '"';
        file[good.length + 2] = '.';
        assertRefused(() -> file, "bad.ttl", List.of(new FieldError("bad.ttl:4",
                "The file is not UTF-8 text (line 4)")));
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        List<FieldError> errors = refused(utf8(PREFIX + SCHEME + "ex:c a skos:Concept ;\n"
                + "  skos:prefLabel \"C\"@en ,, .\n"), "syntax.ttl");
        assertEquals(1, errors.size());
        assertEquals("syntax.ttl:5", errors.get(0).field());
        assertTrue(errors.get(0).message().startsWith("Syntax error at line 5, column "),
                errors.get(0).message());
    }

    @Test
    void everyConceptProblemIsListedAtOnce() {
        String file = PREFIX + SCHEME
                + "ex:orphan a skos:Concept ; skos:prefLabel \"O\"@en ; skos:broader ex:nowhere .\n"
                + "ex:c1 a skos:Concept ; skos:prefLabel \"C1\"@en ; skos:broader ex:c2 .\n"
                + "ex:c2 a skos:Concept ; skos:prefLabel \"C2\"@en ; skos:broader ex:c1 .\n"
                + "ex:unknown a skos:Concept ; skos:prefLabel \"U\"@xq .\n"
                + "ex:invalid a skos:Concept ; skos:prefLabel \"I\"@english .\n"
                + "ex:untagged a skos:Concept ; skos:prefLabel \"T\" .\n"
                + "ex:nolabel a skos:Concept ; skos:notation \"n\" .\n"
                + "ex:twice a skos:Concept ; skos:prefLabel \"W\"@en ; skos:notation \"c1\" .\n";
        assertEquals(List.of(ORPHAN, CYCLE,
                new FieldError("concepts[http://ex.org/unknown].prefLabel",
                        "The label \"U\" has the unknown language tag xq"),
                new FieldError("concepts[http://ex.org/invalid].prefLabel",
                        "The label \"I\" has the invalid language tag english"),
                new FieldError("concepts[http://ex.org/untagged].prefLabel",
                        "The label \"T\" has no language tag"),
                new FieldError("concepts[http://ex.org/nolabel].prefLabel",
                        "The concept has no skos:prefLabel"),
                new FieldError("concepts[http://ex.org/twice].notation",
                        "The notation c1 is also the notation of http://ex.org/c1")),
                sorted(refused(utf8(file), "concepts.ttl"), file));
    }

    @Test
    void jsonLdLabelsWithBadLanguageTagsNameTheTagAsTurtleDoes() {
        String file = """
                {"@context": {"skos": "http://www.w3.org/2004/02/skos/core#",
                              "ex": "http://ex.org/"},
                 "@graph": [
                  {"@id": "ex:s", "@type": "skos:ConceptScheme",
                   "skos:prefLabel": {"@value": "S", "@language": "en"}},
                  {"@id": "ex:invalid", "@type": "skos:Concept", "skos:inScheme": {"@id": "ex:s"},
                   "skos:prefLabel": {"@value": "Colour", "@language": "en_GB"}},
                  {"@id": "ex:unknown", "@type": "skos:Concept", "skos:inScheme": {"@id": "ex:s"},
                   "skos:prefLabel": {"@value": "U", "@language": "xq"}},
                  {"@context": {"@language": "de_AT"}, "@id": "ex:defaulted",
                   "@type": "skos:Concept", "skos:inScheme": {"@id": "ex:s"},
                   "skos:prefLabel": "Farbe"},
                  {"@id": "ex:good", "@type": "skos:Concept", "skos:inScheme": {"@id": "ex:s"},
                   "skos:prefLabel": {"@value": "Colour", "@language": "en-GB"}}
                 ]}
                """;
        assertEquals(List.of(new FieldError("concepts[http://ex.org/defaulted].prefLabel",
                        "The label \"Farbe\" has the invalid language tag de_AT"),
                new FieldError("concepts[http://ex.org/invalid].prefLabel",
                        "The label \"Colour\" has the invalid language tag en_GB"),
                new FieldError("concepts[http://ex.org/unknown].prefLabel",
                        "The label \"U\" has the unknown language tag xq")),
                refused(utf8(file), "tags.jsonld").stream()
                        .sorted(java.util.Comparator.comparing(FieldError::field)).toList());
    }

    @Test
    void missingParentAndCycleAreNamedByConcept() {
        String file = PREFIX + SCHEME
                + "ex:orphan a skos:Concept ; skos:prefLabel \"O\"@en ; skos:broader ex:nowhere .\n"
                + "ex:c1 a skos:Concept ; skos:prefLabel \"C1\"@en ; skos:broader ex:c2 .\n"
                + "ex:c2 a skos:Concept ; skos:prefLabel \"C2\"@en ; skos:broader ex:c1 .\n";
        assertEquals(List.of(ORPHAN, CYCLE), sorted(refused(utf8(file), "tree.ttl"), file));
    }

    @Test
    void aFileWithoutConceptSchemeIsRefused() {
        assertRefused(() -> utf8(PREFIX + "ex:c a skos:Concept ; skos:prefLabel \"C\"@en .\n"),
                "none.ttl", List.of(new FieldError("scheme", "The file has no skos:ConceptScheme")));
    }

    @Test
    void anOversizeFileIsRefusedUnread() {
        long max = node.skosImport.maxBytes;
        node.skosImport.maxBytes = 100;
        try {
            assertRefused(() -> new byte[101], "big.ttl", List.of(new FieldError("big.ttl",
                    "The file is larger than 100 bytes")));
        } finally {
            node.skosImport.maxBytes = max;
        }
    }

    @Test
    void aBadFileForAnExistingSchemeChangesNothing() {
        String uri = node.uris.taxonomy(existing.getUuid());
        String file = PREFIX + "<" + uri + "> a skos:ConceptScheme ; skos:prefLabel \"New\"@en .\n"
                + "ex:new a skos:Concept ; skos:prefLabel \"N\"@en ; skos:inScheme <" + uri + "> .\n"
                + "ex:bad a skos:Concept ; skos:notation \"has space\" ; skos:prefLabel \"B\"@en .\n";
        assertRefused(() -> utf8(file), "merge.ttl", List.of(new FieldError(
                "concepts[http://ex.org/bad].notation", "The code has space is not a valid code"
                        + " (at most 100 characters, no spaces)")));
    }

    @Test
    void urlsAreFetchedThroughTheGuardWithoutFollowingRedirectsToForbiddenHosts()
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = utf8(PREFIX + "ex:served a skos:ConceptScheme ; skos:prefLabel"
                + " \"Served\"@en ; skos:notation \"served\" .\n"
                + "ex:v a skos:Concept ; skos:prefLabel \"V\"@en ; skos:topConceptOf ex:served .\n");
        server.createContext("/skos", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/turtle; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/away", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            Map<String, Long> before = SkosTesting.versions(node);
            InvalidInputException away = assertThrows(InvalidInputException.class,
                    () -> node.asAdmin(() -> node.skosImport.importUrl(base + "/away")));
            assertEquals("url", away.errors().get(0).field());
            assertTrue(away.errors().get(0).message().contains("a cloud metadata service"),
                    away.errors().get(0).message());
            assertEquals(before, SkosTesting.versions(node));

            SkosImport.Summary summary = node.asAdmin(() -> node.skosImport.importUrl(base
                    + "/skos"));
            assertEquals("served", summary.code());
            assertEquals(List.of("v"), node.asVisitor(() -> node.taxonomies.values(
                    summary.scheme())).stream().map(TaxonomyValue::getCode).toList());

            setLoopback(false);
            InvalidInputException loopback = assertThrows(InvalidInputException.class,
                    () -> node.asAdmin(() -> node.skosImport.importUrl(base + "/skos")));
            assertTrue(loopback.errors().get(0).message().contains("loopback"));
        } finally {
            setLoopback(true);
            server.stop(0);
        }
    }

    private static void setLoopback(boolean allowed) {
        try {
            java.lang.reflect.Field field = node.outboundGuard.getClass()
                    .getDeclaredField("allowLoopback");
            field.setAccessible(true);
            field.set(node.outboundGuard, allowed);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(Supplier<byte[]> file, String name,
            List<FieldError> expected) {
        assertEquals(expected, refused(file.get(), name));
    }

    private static List<FieldError> refused(byte[] file, String name) {
        Map<String, Long> before = SkosTesting.versions(node);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.skosImport.importFile(file, null, name)));
        assertEquals(before, SkosTesting.versions(node), "nothing changed");
        return refused.errors();
    }

    /** The errors in the order their concepts appear in the file. */
    private static List<FieldError> sorted(List<FieldError> errors, String file) {
        return errors.stream().sorted(java.util.Comparator.comparingInt(e -> file.indexOf(
                "ex:" + e.field().replaceAll(".*ex.org/([a-z0-9]+)\\].*", "$1") + " "))).toList();
    }
}
