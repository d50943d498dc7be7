package org.openxeco.taxonomy.skos;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The SKOS and Dublin Core terms the node writes and reads. */
final class SkosVocabulary {

    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String DCT = "http://purl.org/dc/terms/";

    static final Resource CONCEPT_SCHEME = ResourceFactory.createResource(SKOS + "ConceptScheme");
    static final Resource CONCEPT = ResourceFactory.createResource(SKOS + "Concept");
    static final Property PREF_LABEL = skos("prefLabel");
    static final Property NOTATION = skos("notation");
    static final Property BROADER = skos("broader");
    static final Property NARROWER = skos("narrower");
    static final Property IN_SCHEME = skos("inScheme");
    static final Property TOP_CONCEPT_OF = skos("topConceptOf");
    static final Property HAS_TOP_CONCEPT = skos("hasTopConcept");
    static final Property EXACT_MATCH = skos("exactMatch");
    static final Property TITLE = dct("title");
    static final Property DESCRIPTION = dct("description");
    static final Property SOURCE = dct("source");
    static final Property LICENSE = dct("license");

    private SkosVocabulary() {
    }

    private static Property skos(String name) {
        return ResourceFactory.createProperty(SKOS, name);
    }

    private static Property dct(String name) {
        return ResourceFactory.createProperty(DCT, name);
    }
}
