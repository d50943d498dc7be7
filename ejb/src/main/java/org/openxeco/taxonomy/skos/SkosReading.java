package org.openxeco.taxonomy.skos;

import static org.openxeco.taxonomy.skos.SkosVocabulary.BROADER;
import static org.openxeco.taxonomy.skos.SkosVocabulary.CONCEPT;
import static org.openxeco.taxonomy.skos.SkosVocabulary.CONCEPT_SCHEME;
import static org.openxeco.taxonomy.skos.SkosVocabulary.DESCRIPTION;
import static org.openxeco.taxonomy.skos.SkosVocabulary.EXACT_MATCH;
import static org.openxeco.taxonomy.skos.SkosVocabulary.HAS_TOP_CONCEPT;
import static org.openxeco.taxonomy.skos.SkosVocabulary.IN_SCHEME;
import static org.openxeco.taxonomy.skos.SkosVocabulary.LICENSE;
import static org.openxeco.taxonomy.skos.SkosVocabulary.NARROWER;
import static org.openxeco.taxonomy.skos.SkosVocabulary.NOTATION;
import static org.openxeco.taxonomy.skos.SkosVocabulary.PREF_LABEL;
import static org.openxeco.taxonomy.skos.SkosVocabulary.SOURCE;
import static org.openxeco.taxonomy.skos.SkosVocabulary.TITLE;
import static org.openxeco.taxonomy.skos.SkosVocabulary.TOP_CONCEPT_OF;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.Problems;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Reads the one concept scheme of a graph and its concepts, adding a problem per concept and
 * field for anything the node cannot keep: a concept without URI or label, a label without
 * or with an unknown language tag, two labels in one language, several broader concepts, a
 * notation that is no valid code or is taken twice. A concept with problems is still listed,
 * so that the tree, checked afterwards, can be checked as the file means it.
 */
final class SkosReading {

    static final int MAX_CONCEPTS = 20_000;
    static final int LABEL_LENGTH = 500;
    static final int CODE_LENGTH = 100;
    static final int URI_LENGTH = 1000;

    private final Model model;
    private final List<JsonLdLabels.Tagged> untaken;
    private final List<FieldError> problems;

    private SkosReading(Model model, List<JsonLdLabels.Tagged> untaken,
            List<FieldError> problems) {
        this.model = model;
        this.untaken = untaken;
        this.problems = problems;
    }

    /**
     * The scheme of the graph (null if it has none, or several) with the problems added;
     * {@code untaken} are the tagged texts of the file the graph could not take (their
     * labels are checked as the graph's are).
     */
    static SkosDocument read(Model model, List<JsonLdLabels.Tagged> untaken,
            List<FieldError> problems) {
        return new SkosReading(model, untaken, problems).read();
    }

    private SkosDocument read() {
        List<Resource> schemes = model.listSubjectsWithProperty(RDF.type, CONCEPT_SCHEME).toList();
        if (schemes.size() != 1) {
            problems.add(schemes.isEmpty() ? Problems.field("scheme", "skos.scheme.none")
                    : Problems.field("scheme", "skos.scheme.several", schemes.size()));
            return null;
        }
        Resource scheme = schemes.get(0);
        if (!scheme.isURIResource() || scheme.getURI().startsWith(SkosParser.BASE)) {
            problems.add(Problems.field("scheme", "skos.scheme.uri"));
            return null;
        }
        Map<String, String> labels = new TreeMap<>(labels(scheme, TITLE, "scheme.title"));
        labels.putAll(labels(scheme, PREF_LABEL, "scheme.prefLabel"));
        if (labels.isEmpty()) {
            labels.putAll(labels(scheme, RDFS.label, "scheme.label"));
        }
        if (labels.isEmpty()) {
            problems.add(Problems.field("scheme.prefLabel", "skos.scheme.label", scheme.getURI()));
        }
        String code = text(scheme, NOTATION);
        List<SkosDocument.Concept> concepts = concepts(scheme);
        return new SkosDocument(scheme.getURI(), code != null ? code : tail(scheme.getURI()),
                labels, text(scheme, DESCRIPTION), text(scheme, SOURCE), text(scheme, LICENSE),
                concepts);
    }

    private List<SkosDocument.Concept> concepts(Resource scheme) {
        Set<Resource> found = new LinkedHashSet<>();
        found.addAll(model.listSubjectsWithProperty(RDF.type, CONCEPT).toList());
        found.addAll(model.listSubjectsWithProperty(IN_SCHEME, scheme).toList());
        found.addAll(model.listSubjectsWithProperty(TOP_CONCEPT_OF, scheme).toList());
        model.listObjectsOfProperty(scheme, HAS_TOP_CONCEPT).forEach(n -> {
            if (n.isResource()) {
                found.add(n.asResource());
            }
        });
        if (found.size() > MAX_CONCEPTS) {
            problems.add(Problems.field("concepts", "skos.concepts.tooMany", found.size(),
                    MAX_CONCEPTS));
            return List.of();
        }
        Set<String> tops = new TreeSet<>();
        model.listObjectsOfProperty(scheme, HAS_TOP_CONCEPT).forEach(n -> tops.add(n.toString()));
        List<SkosDocument.Concept> concepts = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        for (Resource resource : found) {
            if (!resource.isURIResource() || resource.getURI().startsWith(SkosParser.BASE)
                    || resource.getURI().length() > URI_LENGTH) {
                problems.add(Problems.field("concepts[" + resource + "]", "skos.concept.uri",
                        URI_LENGTH));
                continue;
            }
            SkosDocument.Concept concept = concept(resource, tops.contains(resource.getURI()));
            String other = codes.putIfAbsent(concept.code(), concept.uri());
            if (other != null) {
                problems.add(field(concept.uri(), "notation", "skos.notation.twice", concept.code(),
                        other));
            }
            concepts.add(concept);
        }
        concepts.sort(Comparator.comparing(SkosDocument.Concept::code));
        return concepts;
    }

    private SkosDocument.Concept concept(Resource resource, boolean listedAsTop) {
        String uri = resource.getURI();
        String prefix = "concepts[" + uri + "]";
        int before = problems.size();
        Map<String, String> labels = labels(resource, PREF_LABEL, prefix + ".prefLabel");
        if (labels.isEmpty() && problems.size() == before) {
            problems.add(field(uri, "prefLabel", "skos.concept.noLabel"));
        }
        String notation = text(resource, NOTATION);
        String code = notation != null ? notation.strip() : tail(uri);
        if (code.isEmpty() || code.length() > CODE_LENGTH
                || !code.matches(TaxonomyValue.CODE_PATTERN)) {
            problems.add(field(uri, "notation", "skos.code.invalid", code, CODE_LENGTH));
        }
        Set<String> broader = new TreeSet<>();
        resource.listProperties(BROADER).forEach(s -> broader.add(s.getObject().toString()));
        model.listSubjectsWithProperty(NARROWER, resource).forEach(s -> broader.add(s.toString()));
        boolean top = listedAsTop || resource.hasProperty(TOP_CONCEPT_OF);
        if (broader.size() > 1) {
            problems.add(field(uri, "broader", "skos.broader.several", broader.size(),
                    broader));
        } else if (top && !broader.isEmpty()) {
            problems.add(field(uri, "broader", "skos.broader.top",
                    broader.iterator().next()));
        }
        List<String> matches = new ArrayList<>();
        resource.listProperties(EXACT_MATCH).forEach(s -> {
            String match = s.getObject().isURIResource()
                    ? s.getObject().asResource().getURI() : null;
            if (match == null || match.startsWith(SkosParser.BASE)
                    || match.length() > URI_LENGTH) {
                problems.add(field(uri, "exactMatch", "skos.exactMatch", URI_LENGTH,
                        s.getObject()));
            } else {
                matches.add(match);
            }
        });
        matches.sort(null);
        return new SkosDocument.Concept(uri, code, labels,
                broader.isEmpty() ? null : broader.iterator().next(), matches);
    }

    /** Labels by language tag; a label without or with a bad tag, or twice, is a problem. */
    private Map<String, String> labels(Resource subject, Property property, String field) {
        Map<String, String> labels = new LinkedHashMap<>();
        List<JsonLdLabels.Tagged> texts = new ArrayList<>();
        subject.listProperties(property).forEach(s -> {
            if (s.getObject().isLiteral()) {
                Literal literal = s.getObject().asLiteral();
                texts.add(new JsonLdLabels.Tagged(subject.getURI(), property.getURI(),
                        literal.getLexicalForm(), literal.getLanguage()));
            }
        });
        untaken.stream().filter(t -> t.subject().equals(subject.getURI())
                && t.property().equals(property.getURI())).forEach(texts::add);
        for (JsonLdLabels.Tagged label : texts) {
            String text = label.text().strip();
            String lang = label.language();
            String why = LanguageTags.problem(lang);
            if (why != null) {
                problems.add(Problems.field(field, "skos.label.tag", text, why));
            } else if (text.isEmpty() || text.length() > LABEL_LENGTH) {
                problems.add(Problems.field(field, "skos.label.length", lang, LABEL_LENGTH));
            } else if (labels.putIfAbsent(lang, text) != null) {
                problems.add(Problems.field(field, "skos.label.twice", lang));
            }
        }
        return labels;
    }

    private static String text(Resource subject, Property property) {
        Set<String> texts = new TreeSet<>();
        subject.listProperties(property).forEach(s -> texts.add(s.getObject().isLiteral()
                ? s.getObject().asLiteral().getLexicalForm().strip() : s.getObject().toString()));
        return texts.isEmpty() ? null : String.join("; ", texts);
    }

    /** The last segment of a URI (after '/', '#' or ':'). */
    private static String tail(String uri) {
        int cut = Math.max(uri.lastIndexOf('/'), Math.max(uri.lastIndexOf('#'),
                uri.lastIndexOf(':')));
        return uri.substring(cut + 1);
    }

    private static FieldError field(String uri, String name, String key, Object... arguments) {
        return Problems.field("concepts[" + uri + "]." + name, key, arguments);
    }
}
