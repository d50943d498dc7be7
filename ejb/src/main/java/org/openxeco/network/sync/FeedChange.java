package org.openxeco.network.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.network.catalogue.CatalogueFormatException;

/**
 * One change of a peer's feed (or one object fetched by URI), as {@code ChangeFeed} writes
 * it: an upsert carries the object, read here once; a withdrawal its reason; a deletion
 * its time. An upsert whose object names another URI than the change is refused.
 */
record FeedChange(long seq, boolean upsert, Type type, String uri, JsonObject item,
        Incoming<?> incoming, String reason, Instant at) {

    /** The kind of object changed. */
    enum Type {
        ENTITY, ARTICLE, TAXONOMY
    }

    static FeedChange read(JsonObject json) {
        String uri = Ld.text(json, "@id");
        String op = Ld.text(json, "op");
        String kind = Ld.text(json, "type");
        if (uri == null || op == null || kind == null
                || !(json.get("seq") instanceof JsonNumber seq) || !seq.isIntegral()) {
            throw new CatalogueFormatException("A change lacks its @id, op, type or seq: "
                    + abbreviated(json));
        }
        Type type = switch (kind) {
            case "entity" -> Type.ENTITY;
            case "article" -> Type.ARTICLE;
            case "taxonomy" -> Type.TAXONOMY;
            default -> throw new CatalogueFormatException(uri + ": unknown type " + kind);
        };
        return switch (op) {
            case "upsert" -> upsert(seq.longValue(), type, uri, json);
            case "withdrawn" -> new FeedChange(seq.longValue(), false, type, uri, null, null,
                    Optional.ofNullable(Ld.text(json, "reason")).orElse("withdrawn"), null);
            case "deleted" -> new FeedChange(seq.longValue(), false, type, uri, null, null,
                    "deleted", Ld.instant(json, "deletedAt"));
            case "gone" -> new FeedChange(seq.longValue(), false, type, uri, null, null, "gone",
                    null);
            default -> throw new CatalogueFormatException(uri + ": unknown operation " + op);
        };
    }

    private static FeedChange upsert(long seq, Type type, String uri, JsonObject json) {
        JsonObject item = Ld.object(json, "item").orElseThrow(() ->
                new CatalogueFormatException(uri + ": an upsert without its item"));
        Incoming<?> incoming = switch (type) {
            case ENTITY -> EntityReader.read(item);
            case ARTICLE -> ArticleReader.read(item);
            case TAXONOMY -> null;
        };
        // A taxonomy's SKOS may name it by its canonical URI instead.
        String id = incoming != null ? incoming.uri() : uri;
        if (!id.equals(uri)) {
            throw new CatalogueFormatException(uri + ": the item is " + id);
        }
        return new FeedChange(seq, true, type, uri, item, incoming, null, null);
    }

    List<Incoming.Ref> references() {
        return incoming == null ? List.of() : incoming.references();
    }

    Optional<String> slug() {
        return incoming != null && incoming.object() instanceof Article a
                ? Optional.ofNullable(a.getSlug()) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    Incoming<Organisation> entity() {
        return (Incoming<Organisation>) incoming;
    }

    @SuppressWarnings("unchecked")
    Incoming<Article> article() {
        return (Incoming<Article>) incoming;
    }

    private static String abbreviated(JsonObject json) {
        String text = json.toString();
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
