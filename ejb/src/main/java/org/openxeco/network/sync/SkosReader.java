package org.openxeco.network.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.openxeco.kernel.ObjectType;
import org.openxeco.network.catalogue.SkosMapping;
import org.openxeco.taxonomy.ConceptData;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Reads a peer's taxonomy, as {@link SkosMapping} writes it, and checks it whole before
 * anything is stored: every concept has a URI and a label, every broader concept is in the
 * scheme, the tree has no cycle and is at most {@link TaxonomyValue#MAX_DEPTH} deep. Texts
 * longer than their columns are cut; labels in a language tag this node cannot key are
 * left out. Anything else wrong is a {@link SkosFormatException} saying what.
 */
final class SkosReader {

    static final int URI_LENGTH = 1000;
    private static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";

    private SkosReader() {
    }

    /** The URI of the scheme the SKOS describes. */
    static String schemeUri(JsonObject skos) {
        return uri(skos.get("@id"), "The taxonomy");
    }

    /** The origin's version of the scheme, 0 if it gives none. */
    static long version(JsonObject skos) {
        return skos.get("version") instanceof JsonNumber n ? n.longValue() : 0;
    }

    static SkosScheme read(String schemeUri, JsonObject skos) {
        if (skos == null) {
            throw new SkosFormatException("No taxonomy was given for " + schemeUri);
        }
        String uri = schemeUri(skos);
        if (!uri.equals(schemeUri)) {
            throw new SkosFormatException("The taxonomy describes " + uri + ", not " + schemeUri);
        }
        if (all(skos.get("@type")).stream().map(SkosReader::text).flatMap(Optional::stream)
                .noneMatch(t -> t.equals("skos:ConceptScheme")
                        || t.equals(SkosMapping.SKOS + "ConceptScheme"))) {
            throw new SkosFormatException("The taxonomy " + uri + " is not a skos:ConceptScheme");
        }
        Map<String, String> labels = labels(skos.get("skos:prefLabel"), 500, "The taxonomy " + uri);
        String code = text(skos.get("skos:notation")).orElse(lastSegment(uri));
        if (!(skos.get("concepts") instanceof JsonArray concepts)) {
            throw new SkosFormatException("The taxonomy " + uri + " has no concepts array");
        }
        return new SkosScheme(uri, code, labels, cut(skos.get("description"), 4000),
                cut(skos.get("dct:source"), 1000), cut(skos.get("dct:license"), 1000),
                targets(skos.get(SkosMapping.TARGETS)),
                !(skos.get(SkosMapping.MULTIPLE_CHOICE) == JsonValue.FALSE),
                tree(uri, concepts));
    }

    private record Raw(String uri, String code, Map<String, String> labels, String broader) {
    }

    /** The concepts parents first, each with its position among its siblings. */
    private static List<ConceptData> tree(String scheme, JsonArray concepts) {
        Map<String, Raw> byUri = new LinkedHashMap<>();
        for (int i = 0; i < concepts.size(); i++) {
            Raw raw = concept(concepts.get(i), i);
            if (byUri.put(raw.uri(), raw) != null) {
                throw new SkosFormatException("Concept " + raw.uri() + " is listed twice");
            }
        }
        Map<String, List<Raw>> children = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (Raw raw : byUri.values()) {
            if (raw.broader() != null && !byUri.containsKey(raw.broader())) {
                throw new SkosFormatException("Concept " + raw.uri() + " has the broader concept "
                        + raw.broader() + ", which " + scheme + " does not list");
            }
            List<Raw> siblings = children.computeIfAbsent(raw.broader(), k -> new ArrayList<>());
            position.put(raw.uri(), siblings.size());
            siblings.add(raw);
        }
        List<ConceptData> ordered = new ArrayList<>(byUri.size());
        Deque<Raw> queue = new ArrayDeque<>(children.getOrDefault(null, List.of()));
        Map<String, Integer> depth = new HashMap<>();
        while (!queue.isEmpty()) {
            Raw raw = queue.poll();
            int level = raw.broader() == null ? 1 : depth.get(raw.broader()) + 1;
            if (level > TaxonomyValue.MAX_DEPTH) {
                throw new SkosFormatException("Concept " + raw.uri() + " lies " + level
                        + " levels deep; a taxonomy may be " + TaxonomyValue.MAX_DEPTH + " deep");
            }
            depth.put(raw.uri(), level);
            ordered.add(new ConceptData(raw.uri(), raw.code(), raw.labels(), raw.broader(),
                    position.get(raw.uri())));
            queue.addAll(children.getOrDefault(raw.uri(), List.of()));
        }
        if (ordered.size() < byUri.size()) {
            String stuck = byUri.keySet().stream().filter(u -> !depth.containsKey(u))
                    .findFirst().orElse("?");
            throw new SkosFormatException("The broader links of " + scheme
                    + " form a cycle (through " + stuck + ")");
        }
        return ordered;
    }

    private static Raw concept(JsonValue value, int index) {
        if (!(value instanceof JsonObject concept)) {
            throw new SkosFormatException("Concept " + index + " is not a JSON object");
        }
        String uri = uri(concept.get("@id"), "Concept " + index);
        Map<String, String> labels = labels(concept.get("skos:prefLabel"), 1000, "Concept " + uri);
        String code = Codes.value(text(concept.get("skos:notation")).orElse(lastSegment(uri)));
        List<JsonValue> broader = all(concept.get("skos:broader"));
        String parent = broader.isEmpty() ? null : uri(broader.get(0), "The broader concept of "
                + uri);
        if (uri.equals(parent)) {
            throw new SkosFormatException("Concept " + uri + " is its own broader concept");
        }
        return new Raw(uri, code, labels, parent);
    }

    /** Labels by language tag; a label without a language is taken as English. */
    private static Map<String, String> labels(JsonValue value, int max, String owner) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (JsonValue label : all(value)) {
            Optional<String> text = label instanceof JsonObject o ? text(o.get("@value"))
                    : text(label);
            String lang = label instanceof JsonObject o ? text(o.get("@language")).orElse("en")
                    : "en";
            int dash = lang.indexOf('-');
            lang = dash < 0 ? lang.toLowerCase(Locale.ROOT)
                    : lang.substring(0, dash).toLowerCase(Locale.ROOT) + lang.substring(dash);
            if (text.isPresent() && lang.matches(LANGUAGE)) {
                labels.putIfAbsent(lang, cut(text.get(), max));
            }
        }
        if (labels.isEmpty()) {
            throw new SkosFormatException(owner + " has no skos:prefLabel");
        }
        return labels;
    }

    private static Set<ObjectType> targets(JsonValue value) {
        Set<ObjectType> targets = EnumSet.noneOf(ObjectType.class);
        for (JsonValue target : all(value)) {
            text(target).flatMap(t -> EnumSet.allOf(ObjectType.class).stream()
                    .filter(type -> type.name().equals(t)).findFirst()).ifPresent(targets::add);
        }
        return targets;
    }

    /** A URI given as a string or as an object's {@code @id}. */
    private static String uri(JsonValue value, String owner) {
        Optional<String> uri = value instanceof JsonObject o ? text(o.get("@id")) : text(value);
        if (uri.isEmpty()) {
            throw new SkosFormatException(owner + " has no @id");
        }
        if (uri.get().length() > URI_LENGTH || uri.get().indexOf(':') < 1
                || uri.get().chars().anyMatch(c -> c <= ' ')) {
            throw new SkosFormatException(owner + " has an @id that is not a URI of at most "
                    + URI_LENGTH + " characters");
        }
        return uri.get();
    }

    private static String lastSegment(String uri) {
        String rest = uri.replaceAll("[/#:]+$", "");
        int cut = Math.max(rest.lastIndexOf('/'), Math.max(rest.lastIndexOf('#'),
                rest.lastIndexOf(':')));
        return rest.substring(cut + 1);
    }

    private static String cut(JsonValue value, int max) {
        return text(value).map(t -> cut(t, max)).orElse(null);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static List<JsonValue> all(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        return value instanceof JsonArray array ? array : List.of(value);
    }

    /** A non-blank string or number, stripped. */
    private static Optional<String> text(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return Optional.of(n.toString());
        }
        return value instanceof JsonString s && !s.getString().isBlank()
                ? Optional.of(s.getString().strip()) : Optional.empty();
    }
}
