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

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;

import org.openxeco.kernel.ControlChars;
import org.openxeco.kernel.NodeUris;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Builds the RDF graph of a scheme: the scheme as a {@code skos:ConceptScheme} with its
 * code, labels (as {@code skos:prefLabel} and {@code dct:title}), description, source and
 * licence; each value as a {@code skos:Concept} with its code as {@code skos:notation}, a
 * label per language, its broader and narrower concepts, and the concepts mapped onto it as
 * {@code skos:exactMatch}. URIs are the canonical ones where a scheme or value has one.
 */
final class SkosWriter {

    private final NodeUris uris;

    SkosWriter(NodeUris uris) {
        this.uris = uris;
    }

    String schemeUri(TaxonomyScheme scheme) {
        return scheme.getCanonicalUri() != null ? scheme.getCanonicalUri()
                : uris.taxonomy(scheme.getUuid());
    }

    String conceptUri(TaxonomyValue value) {
        return value.getCanonicalUri() != null ? value.getCanonicalUri()
                : uris.taxonomyValue(value.getScheme().getUuid(), value.getUuid());
    }

    /** The graph of the scheme with its values and their exact matches (by value UUID). */
    Model graph(TaxonomyScheme scheme, List<TaxonomyValue> values,
            Map<UUID, List<String>> exactMatches) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("skos", SkosVocabulary.SKOS);
        model.setNsPrefix("dct", SkosVocabulary.DCT);
        Resource root = model.createResource(schemeUri(scheme), CONCEPT_SCHEME);
        root.addProperty(NOTATION, ControlChars.removed(scheme.getCode()));
        labels(root, PREF_LABEL, scheme.getLabels());
        labels(root, TITLE, scheme.getLabels());
        text(root, DESCRIPTION, scheme.getDescription());
        text(root, SOURCE, scheme.getSource());
        text(root, LICENSE, scheme.getLicence());

        for (TaxonomyValue value : values) {
            Resource concept = model.createResource(conceptUri(value), CONCEPT);
            concept.addProperty(NOTATION, ControlChars.removed(value.getCode()));
            labels(concept, PREF_LABEL, value.getLabels());
            concept.addProperty(IN_SCHEME, root);
            value.getParent().ifPresentOrElse(parent -> {
                Resource broader = model.createResource(conceptUri(parent));
                concept.addProperty(BROADER, broader);
                broader.addProperty(NARROWER, concept);
            }, () -> {
                concept.addProperty(TOP_CONCEPT_OF, root);
                root.addProperty(HAS_TOP_CONCEPT, concept);
            });
            exactMatches.getOrDefault(value.getUuid(), List.of()).forEach(uri ->
                    concept.addProperty(EXACT_MATCH, model.createResource(uri)));
        }
        return model;
    }

    static void write(Model model, SkosFormat format, OutputStream out) {
        RDFDataMgr.write(out, model, format.format());
    }

    // Characters XML cannot carry are left out of every literal, whatever brought them in.
    private static void labels(Resource subject, Property property, Map<String, String> labels) {
        labels.forEach((lang, label) -> subject.addProperty(property,
                ControlChars.removed(label), lang));
    }

    private static void text(Resource subject, Property property, String text) {
        if (text != null && !text.isBlank()) {
            subject.addProperty(property, ControlChars.removed(text));
        }
    }
}
