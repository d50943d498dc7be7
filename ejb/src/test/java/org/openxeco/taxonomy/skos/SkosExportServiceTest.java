package org.openxeco.taxonomy.skos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Services;

/** Writing a scheme as SKOS in each syntax: the same graph, every field of every concept. */
class SkosExportServiceTest {

    private static Services node;

    @BeforeAll
    static void start() {
        node = new Services();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void everySyntaxCarriesSchemeConceptsLabelsTreeAndExactMatches() {
        TaxonomyScheme scheme = SkosTesting.scheme(node);
        TaxonomyValue a = SkosTesting.value(node, scheme, "a", null,
                Map.of("en", "Alpha", "fr", "Alpha fr", "de", "Alpha de"));
        TaxonomyValue a1 = SkosTesting.value(node, scheme, "a1", a, Map.of("en", "Alpha one"));
        node.asAdmin(() -> node.conceptMappings.map("http://other.example/c/9", a1.getUuid()));
        String schemeUri = node.uris.taxonomy(scheme.getUuid());
        String aUri = node.uris.taxonomyValue(scheme.getUuid(), a.getUuid());
        String a1Uri = node.uris.taxonomyValue(scheme.getUuid(), a1.getUuid());

        Model turtle = read(SkosFormat.TURTLE, scheme);
        for (SkosFormat format : SkosFormat.values()) {
            Model model = read(format, scheme);
            assertTrue(model.isIsomorphicWith(turtle), format + " says what Turtle says");
            Resource s = model.getResource(schemeUri);
            assertTrue(s.hasProperty(org.apache.jena.vocabulary.RDF.type,
                    SkosVocabulary.CONCEPT_SCHEME));
            assertEquals(scheme.getCode(), s.getProperty(SkosVocabulary.NOTATION).getString());
            assertEquals(Set.of("Scheme " + scheme.getCode() + "@en",
                    "Schéma " + scheme.getCode() + "@fr"), labels(s, SkosVocabulary.PREF_LABEL));
            assertEquals(Set.of(aUri), objects(s, SkosVocabulary.HAS_TOP_CONCEPT));

            Resource ra = model.getResource(aUri);
            assertEquals("a", ra.getProperty(SkosVocabulary.NOTATION).getString());
            assertEquals(Set.of("Alpha@en", "Alpha fr@fr", "Alpha de@de"),
                    labels(ra, SkosVocabulary.PREF_LABEL));
            assertEquals(Set.of(schemeUri), objects(ra, SkosVocabulary.TOP_CONCEPT_OF));
            assertEquals(Set.of(a1Uri), objects(ra, SkosVocabulary.NARROWER));
            Resource ra1 = model.getResource(a1Uri);
            assertEquals(Set.of(aUri), objects(ra1, SkosVocabulary.BROADER));
            assertEquals(Set.of(schemeUri), objects(ra1, SkosVocabulary.IN_SCHEME));
            assertEquals(Set.of("http://other.example/c/9"),
                    objects(ra1, SkosVocabulary.EXACT_MATCH));
            assertEquals(Set.of(), objects(ra, SkosVocabulary.EXACT_MATCH));
        }
        assertEquals(scheme.getCode() + ".ttl", node.asVisitor(() -> node.skosExport.fileName(
                scheme.getUuid(), SkosFormat.TURTLE)));
    }

    @Test
    void aLabelHoldingControlCharactersIsWrittenWithoutThemInEverySyntax() {
        TaxonomyScheme scheme = SkosTesting.scheme(node);
        TaxonomyValue value = SkosTesting.value(node, scheme, "ctl", null,
                Map.of("en", "Bad\u0001 label\u001f\uffff"));
        String uri = node.uris.taxonomyValue(scheme.getUuid(), value.getUuid());

        for (SkosFormat format : SkosFormat.values()) {
            assertEquals(Set.of("Bad label@en"), labels(read(format, scheme).getResource(uri),
                    SkosVocabulary.PREF_LABEL), format.toString());
        }
    }

    private static Model read(SkosFormat format, TaxonomyScheme scheme) {
        byte[] bytes = node.asVisitor(() -> node.skosExport.export(scheme.getUuid(), format));
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(bytes), format.lang());
        return model;
    }

    private static Set<String> labels(Resource subject, org.apache.jena.rdf.model.Property p) {
        Set<String> labels = new TreeSet<>();
        subject.listProperties(p).forEach(st -> labels.add(st.getLiteral().getLexicalForm()
                + "@" + st.getLiteral().getLanguage()));
        return labels;
    }

    private static Set<String> objects(Resource subject, org.apache.jena.rdf.model.Property p) {
        Set<String> uris = new TreeSet<>();
        subject.listProperties(p).forEach(st -> uris.add(st.getResource().getURI()));
        return uris;
    }
}
