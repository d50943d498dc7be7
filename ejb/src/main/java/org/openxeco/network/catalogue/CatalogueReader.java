package org.openxeco.network.catalogue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.openxeco.kernel.Jsonp;

/**
 * Reads a page of a peer's catalogue, as {@link CataloguePage#toJson()} writes it, into
 * rows for the admin portal. Optional fields may be missing or of an unexpected shape; the
 * body must still be a JSON object of type {@code ItemList} whose elements each have an
 * {@code @id} and an {@code @type}, else a {@link CatalogueFormatException} says why.
 */
public final class CatalogueReader {

    /** The longest description excerpt, in characters. */
    public static final int EXCERPT = 300;

    private static final List<String> NAMES = List.of("name", "headline", "skos:prefLabel");
    private static final List<String> DESCRIPTIONS = List.of("description",
            "disambiguatingDescription", "abstract", "articleBody", "text");
    private static final List<String> IMAGES = List.of("logo", "image");

    private CatalogueReader() {
    }

    /** Reads a page from its UTF-8 bytes. */
    public static PeerCataloguePage read(byte[] body) {
        try (JsonReader reader = Jsonp.createReader(new ByteArrayInputStream(body))) {
            return page(reader);
        }
    }

    /** Reads a page from its text. */
    public static PeerCataloguePage read(String body) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(body))) {
            return page(reader);
        }
    }

    private static PeerCataloguePage page(JsonReader reader) {
        JsonValue value;
        try {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new CatalogueFormatException("The body is not JSON: " + e.getMessage(), e);
        }
        if (!(value instanceof JsonObject page)) {
            throw new CatalogueFormatException("The body is not a JSON object");
        }
        if (!types(page).contains("ItemList")) {
            throw new CatalogueFormatException("The body is not a catalogue page (its @type"
                    + " is not ItemList)");
        }
        if (!(page.get("itemListElement") instanceof JsonArray elements)) {
            throw new CatalogueFormatException("The catalogue page has no itemListElement"
                    + " array");
        }
        JsonValue next = page.get(CataloguePage.NEXT_CURSOR);
        if (next != null && next != JsonValue.NULL && !(next instanceof JsonString)) {
            throw new CatalogueFormatException("The " + CataloguePage.NEXT_CURSOR
                    + " of the catalogue page is not a string");
        }

        List<CatalogueItem> items = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            items.add(item(elements.get(i), i));
        }
        OptionalLong total = page.get("numberOfItems") instanceof JsonNumber n && n.isIntegral()
                && n.longValue() >= items.size() ? OptionalLong.of(n.longValue())
                : OptionalLong.empty();
        return new PeerCataloguePage(items, total, next instanceof JsonString s
                ? Optional.of(s.getString()).filter(c -> !c.isBlank()) : Optional.empty());
    }

    private static CatalogueItem item(JsonValue value, int index) {
        if (!(value instanceof JsonObject item)) {
            throw new CatalogueFormatException("Item " + index + " is not a JSON object");
        }
        Optional<String> uri = string(item.get("@id"));
        List<String> types = types(item);
        if (uri.isEmpty() || types.isEmpty()) {
            throw new CatalogueFormatException("Item " + index + " has no "
                    + (uri.isEmpty() ? "@id" : "@type"));
        }
        String name = NAMES.stream().map(n -> label(item.get(n))).flatMap(Optional::stream)
                .findFirst().orElse(uri.get());
        String description = DESCRIPTIONS.stream().map(d -> label(item.get(d)))
                .flatMap(Optional::stream).findFirst()
                .map(d -> PlainText.excerpt(d, EXCERPT)).orElse("");
        Optional<String> image = IMAGES.stream().map(i -> image(item.get(i)))
                .flatMap(Optional::stream).findFirst();
        return new CatalogueItem(uri.get(), types.get(0), name, description,
                instant(item.get("dateModified")), tags(item.get("keywords")), image);
    }

    /** The DefinedTerms among the keywords; plain-text keywords name no concept. */
    private static List<CatalogueItem.Tag> tags(JsonValue keywords) {
        List<CatalogueItem.Tag> tags = new ArrayList<>();
        for (JsonValue keyword : all(keywords)) {
            if (keyword instanceof JsonObject term) {
                string(term.get("@id")).ifPresent(uri -> tags.add(new CatalogueItem.Tag(uri,
                        label(term.get("name")).or(() -> string(term.get("termCode")))
                                .orElse(uri))));
            }
        }
        return tags;
    }

    /** An http(s) address given as text or as an object's url, contentUrl or @id. */
    private static Optional<String> image(JsonValue value) {
        for (JsonValue candidate : all(value)) {
            Optional<String> address = candidate instanceof JsonObject o
                    ? string(o.get("url")).or(() -> string(o.get("contentUrl")))
                            .or(() -> string(o.get("@id")))
                    : string(candidate);
            Optional<String> web = address.filter(a -> a.startsWith("https://")
                    || a.startsWith("http://"));
            if (web.isPresent()) {
                return web;
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> instant(JsonValue value) {
        Optional<String> text = string(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.get()).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A text given as a string, a value object or a list of them; of a list, the English
     * value if there is one, else the first.
     */
    private static Optional<String> label(JsonValue value) {
        Optional<String> first = Optional.empty();
        for (JsonValue candidate : all(value)) {
            Optional<String> text = candidate instanceof JsonObject o ? string(o.get("@value"))
                    : string(candidate);
            if (text.isPresent() && candidate instanceof JsonObject o
                    && string(o.get("@language")).filter("en"::equals).isPresent()) {
                return text;
            }
            first = first.or(() -> text);
        }
        return first;
    }

    private static List<String> types(JsonObject object) {
        return all(object.get("@type")).stream().map(CatalogueReader::string)
                .flatMap(Optional::stream).toList();
    }

    private static List<JsonValue> all(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        return value instanceof JsonArray array ? array : List.of(value);
    }

    private static Optional<String> string(JsonValue value) {
        return value instanceof JsonString s && !s.getString().isBlank()
                ? Optional.of(s.getString().strip()) : Optional.empty();
    }
}
