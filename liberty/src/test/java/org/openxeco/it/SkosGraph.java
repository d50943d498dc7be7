package org.openxeco.it;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/**
 * A SKOS answer of the node read with RDF4J, a parser independent of the node's, and boiled
 * down to what the tests compare: each concept's notation, labels, broader concept, scheme,
 * top-concept link and exact matches.
 */
final class SkosGraph {

    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    /** What one concept says. */
    record Concept(String notation, Map<String, String> labels, String broader, String scheme,
            boolean top, Set<String> exactMatches) {
    }

    private SkosGraph() {
    }

    static Model parse(String text, RDFFormat format) {
        try {
            return Rio.parse(new StringReader(text), "urn:test:", format);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The URI of the one concept scheme in the graph. */
    static String scheme(Model model) {
        Set<Resource> schemes = model.filter(null, RDF.TYPE, iri("ConceptScheme")).subjects();
        if (schemes.size() != 1) {
            throw new AssertionError("Not one concept scheme: " + schemes);
        }
        return schemes.iterator().next().stringValue();
    }

    /** The labels of a subject by language. */
    static Map<String, String> labels(Model model, String subject, String property) {
        Map<String, String> labels = new TreeMap<>();
        for (Value v : model.filter(iriOf(subject), iriOf(property), null).objects()) {
            Literal literal = (Literal) v;
            labels.put(literal.getLanguage().orElse(""), literal.getLabel());
        }
        return labels;
    }

    /** Every concept of the graph by URI. */
    static Map<String, Concept> concepts(Model model) {
        Map<String, Concept> concepts = new TreeMap<>();
        for (Resource c : model.filter(null, RDF.TYPE, iri("Concept")).subjects()) {
            concepts.put(c.stringValue(), new Concept(one(model, c, "notation"),
                    labels(model, c.stringValue(), SKOS + "prefLabel"),
                    one(model, c, "broader"), one(model, c, "inScheme"),
                    one(model, c, "topConceptOf") != null, all(model, c, "exactMatch")));
        }
        return concepts;
    }

    private static String one(Model model, Resource subject, String name) {
        Set<Value> values = model.filter(subject, iri(name), null).objects();
        if (values.size() > 1) {
            throw new AssertionError(subject + " has several " + name + ": " + values);
        }
        return values.isEmpty() ? null : values.iterator().next().stringValue();
    }

    private static Set<String> all(Model model, Resource subject, String name) {
        Set<String> values = new TreeSet<>();
        model.filter(subject, iri(name), null).objects().forEach(v -> values.add(v.stringValue()));
        return values;
    }

    private static IRI iri(String skosName) {
        return iriOf(SKOS + skosName);
    }

    private static IRI iriOf(String uri) {
        return SimpleValueFactory.getInstance().createIRI(uri);
    }
}
