package org.openxeco.network.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.openxeco.kernel.Jsonp;
import org.openxeco.kernel.NodeUris;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Writes taxonomies as SKOS in JSON-LD: a scheme is a {@code skos:ConceptScheme}, its values
 * {@code skos:Concept}s with a {@code skos:prefLabel} per language, the code as
 * {@code skos:notation}, and {@code skos:broader} / {@code skos:narrower} links by URI. The
 * context maps {@code identifier}, {@code dateModified}, {@code version} and
 * {@code description} to schema.org, so they read as on entities and articles, and
 * {@code concepts} to the reverse of {@code skos:inScheme}. A peer's concept mapped onto a
 * value is its {@code skos:exactMatch}; the object types a scheme tags and whether it allows
 * several values travel under the {@code openxeco:} prefix, which other tools may ignore.
 */
public class SkosMapping {

    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    /** The object types a scheme may tag, by name. */
    public static final String TARGETS = "openxeco:targets";

    /** Whether several values of a scheme may tag one object. */
    public static final String MULTIPLE_CHOICE = "openxeco:multipleChoice";

    private static final JsonObject CONTEXT = Jsonp.createObjectBuilder()
            .add("skos", SKOS)
            .add("dct", "http://purl.org/dc/terms/")
            .add("openxeco", "urn:openxeco:terms:")
            .add("schema", SchemaOrgMapping.CONTEXT)
            .add("identifier", "schema:identifier")
            .add("dateModified", "schema:dateModified")
            .add("version", "schema:version")
            .add("description", "schema:description")
            .add("concepts", Jsonp.createObjectBuilder().add("@reverse", "skos:inScheme"))
            .build();

    private final TermUris terms;

    public SkosMapping(NodeUris uris) {
        this.terms = new TermUris(uris);
    }

    /**
     * A scheme without its concepts. The version and modification time given are those of
     * the latest change to the scheme or any of its values.
     */
    public JsonObject scheme(TaxonomyScheme scheme, long version, Instant modified) {
        return start(scheme, version, modified).build();
    }

    /**
     * A scheme with every concept, listed parents first (each followed by its subtree,
     * siblings by position), and its top concepts.
     */
    public JsonObject taxonomy(TaxonomyScheme scheme, List<TaxonomyValue> values) {
        return taxonomy(scheme, values, Map.of());
    }

    /**
     * A scheme with every concept as {@link #taxonomy(TaxonomyScheme, List)} writes it, each
     * value naming the peers' concepts mapped onto it (by value UUID) as exact matches.
     */
    public JsonObject taxonomy(TaxonomyScheme scheme, List<TaxonomyValue> values,
            Map<UUID, List<String>> exactMatches) {
        long version = scheme.getChangeSeq();
        Instant modified = scheme.getUpdated();
        Map<UUID, List<TaxonomyValue>> children = new HashMap<>();
        List<TaxonomyValue> roots = new ArrayList<>();
        for (TaxonomyValue value : values) {
            if (value.getChangeSeq() > version) {
                version = value.getChangeSeq();
                modified = value.getUpdated();
            }
            value.getParent().ifPresentOrElse(
                    p -> children.computeIfAbsent(p.getUuid(), k -> new ArrayList<>()).add(value),
                    () -> roots.add(value));
        }
        children.values().forEach(SkosMapping::byPosition);
        byPosition(roots);

        JsonObjectBuilder json = start(scheme, version, modified);
        json.add("skos:hasTopConcept", references(roots));
        JsonArrayBuilder concepts = Jsonp.createArrayBuilder();
        addTree(concepts, roots, children, exactMatches);
        return json.add("concepts", concepts).build();
    }

    private void addTree(JsonArrayBuilder concepts, List<TaxonomyValue> level,
            Map<UUID, List<TaxonomyValue>> children, Map<UUID, List<String>> matches) {
        for (TaxonomyValue value : level) {
            List<TaxonomyValue> below = children.getOrDefault(value.getUuid(), List.of());
            concepts.add(concept(value, below, matches.getOrDefault(value.getUuid(), List.of())));
            addTree(concepts, below, children, matches);
        }
    }

    private JsonObject concept(TaxonomyValue value, List<TaxonomyValue> below,
            List<String> matches) {
        String scheme = terms.scheme(value.getScheme());
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("@id", terms.concept(value))
                .add("@type", "skos:Concept")
                .add("identifier", value.getUuid().toString())
                .add("skos:notation", value.getCode())
                .add("skos:prefLabel", labels(value.getLabels()))
                .add("skos:inScheme", id(scheme));
        value.getParent().ifPresentOrElse(p -> json.add("skos:broader", id(terms.concept(p))),
                () -> json.add("skos:topConceptOf", id(scheme)));
        if (!below.isEmpty()) {
            json.add("skos:narrower", references(below));
        }
        if (!matches.isEmpty()) {
            JsonArrayBuilder exact = Jsonp.createArrayBuilder();
            matches.stream().sorted().forEach(uri -> exact.add(id(uri)));
            json.add("skos:exactMatch", exact);
        }
        return json.add("dateModified", value.getUpdated().toString())
                .add("version", value.getChangeSeq()).build();
    }

    private JsonObjectBuilder start(TaxonomyScheme scheme, long version, Instant modified) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("@context", CONTEXT)
                .add("@id", terms.scheme(scheme))
                .add("@type", "skos:ConceptScheme")
                .add("identifier", scheme.getUuid().toString())
                .add("skos:notation", scheme.getCode())
                .add("skos:prefLabel", labels(scheme.getLabels()));
        SchemaOrgMapping.put(json, "description", scheme.getDescription());
        SchemaOrgMapping.put(json, "dct:source", scheme.getSource());
        SchemaOrgMapping.put(json, "dct:license", scheme.getLicence());
        JsonArrayBuilder targets = Jsonp.createArrayBuilder();
        scheme.getTargets().stream().map(Enum::name).sorted().forEach(targets::add);
        json.add(TARGETS, targets).add(MULTIPLE_CHOICE, scheme.isMultipleChoice());
        return json.add("dateModified", modified.toString()).add("version", version);
    }

    private JsonArrayBuilder references(List<TaxonomyValue> values) {
        JsonArrayBuilder refs = Jsonp.createArrayBuilder();
        values.forEach(v -> refs.add(id(terms.concept(v))));
        return refs;
    }

    /** One language-tagged value per label, by language tag. */
    private static JsonArrayBuilder labels(Map<String, String> labels) {
        JsonArrayBuilder json = Jsonp.createArrayBuilder();
        new TreeMap<>(labels).forEach((lang, label) -> json.add(Jsonp.createObjectBuilder()
                .add("@value", label).add("@language", lang)));
        return json;
    }

    private static JsonObject id(String uri) {
        return Jsonp.createObjectBuilder().add("@id", uri).build();
    }

    private static void byPosition(List<TaxonomyValue> values) {
        values.sort(Comparator.comparingInt(TaxonomyValue::getPosition)
                .thenComparing(TaxonomyValue::getCode));
    }
}
