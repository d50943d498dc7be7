package org.openxeco.taxonomy.skos;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * The language-tagged texts of a JSON-LD file that its graph lacks. JSON-LD turns a text
 * whose language tag is not well-formed (such as {@code en_GB}) into no triple at all, where
 * Turtle keeps the text with its tag; so that both formats report the tag, the texts left
 * out are found in the expanded document and handed to the reading with their subject and
 * property, and their tag as the file spells it (expansion writes tags in lower case).
 */
final class JsonLdLabels {

    /** A text of a subject's property with the language tag it was given. */
    record Tagged(String subject, String property, String text, String language) {
    }

    private JsonLdLabels() {
    }

    /** The tagged texts of the file missing from its graph; none for other formats. */
    static List<Tagged> missing(byte[] bytes, SkosFormat format, Model model) {
        if (format != SkosFormat.JSON_LD) {
            return List.of();
        }
        JsonArray expanded;
        Map<String, String> spelt = new HashMap<>();
        try {
            JsonDocument document = JsonDocument.of(new ByteArrayInputStream(bytes));
            document.getJsonContent().ifPresent(json -> spellings(json, spelt));
            expanded = JsonLd.expand(document).options(SkosParser.jsonLdOptions())
                    .base(URI.create(SkosParser.BASE)).get();
        } catch (JsonLdError | RuntimeException e) {
            // The graph was read from the same bytes; what cannot be expanded adds nothing.
            return List.of();
        }
        List<Tagged> found = new ArrayList<>();
        nodes(expanded, found);
        return found.stream().filter(t -> !inGraph(model, t))
                .map(t -> new Tagged(t.subject(), t.property(), t.text(),
                        spelt.getOrDefault(t.language(), t.language())))
                .toList();
    }

    /** The language tags as the file writes them, by their lower case (expansion's). */
    private static void spellings(JsonValue value, Map<String, String> spelt) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> spellings(v, spelt));
        } else if (value instanceof JsonObject object) {
            object.forEach((key, v) -> {
                if (key.equals("@language") && v instanceof JsonString tag) {
                    spelt.putIfAbsent(tag.getString().toLowerCase(Locale.ROOT), tag.getString());
                } else {
                    spellings(v, spelt);
                }
            });
        }
    }

    /** Walks node objects at any depth, collecting the language-tagged values. */
    private static void nodes(JsonValue value, List<Tagged> found) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> nodes(v, found));
            return;
        }
        if (!(value instanceof JsonObject node) || node.containsKey("@value")) {
            return;
        }
        String subject = node.get("@id") instanceof JsonString id
                && !id.getString().startsWith("_:") ? id.getString() : null;
        for (String property : node.keySet()) {
            JsonValue values = node.get(property);
            if (property.equals("@graph") || property.equals("@included")) {
                nodes(values, found);
            } else if (!property.startsWith("@") && values instanceof JsonArray array) {
                for (JsonValue v : array) {
                    if (subject != null && v instanceof JsonObject o
                            && o.get("@value") instanceof JsonString text
                            && o.get("@language") instanceof JsonString language) {
                        found.add(new Tagged(subject, property, text.getString(),
                                language.getString()));
                    } else {
                        nodes(v, found);
                    }
                }
            }
        }
    }

    private static boolean inGraph(Model model, Tagged tagged) {
        Resource subject = model.createResource(tagged.subject());
        for (Statement s : subject.listProperties(model.createProperty(tagged.property()))
                .toList()) {
            if (s.getObject().isLiteral()
                    && s.getObject().asLiteral().getLexicalForm().equals(tagged.text())
                    && s.getObject().asLiteral().getLanguage()
                            .equalsIgnoreCase(tagged.language())) {
                return true;
            }
        }
        return false;
    }
}
