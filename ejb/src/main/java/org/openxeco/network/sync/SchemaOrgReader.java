package org.openxeco.network.sync;

import java.util.List;
import java.util.Optional;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.network.catalogue.CatalogueFormatException;
import org.openxeco.network.sync.ImportReference.Role;

/**
 * Reads one schema.org object of the shape this node writes, outside the peer channel (an
 * object sent to the public API), with the same rules as the sync: an Organization into a
 * detached entity, a NewsArticle, Event, JobPosting, Service or SoftwareApplication into a
 * detached article. The references it makes stay URIs for the caller to resolve. An object
 * that cannot be read is a {@link CatalogueFormatException}.
 */
public final class SchemaOrgReader {

    private SchemaOrgReader() {
    }

    /** A reference by URI to a taxonomy concept or an entity, with the label it carried. */
    public record Reference(String uri, String label) {
    }

    /**
     * An object read, with its tags (concept URIs in the order of {@code keywords}), the
     * entities it names in its main role ({@code organizer} of an event, {@code about}
     * otherwise), its hiring entity or provider, and the address of its logo.
     */
    public record Read<T>(T object, List<Reference> tags, List<Reference> related,
            Optional<Reference> hiring, Optional<Reference> provider, Optional<String> logo) {
    }

    /** An Organization (or subtype) as a detached entity, active. */
    public static Read<Organisation> entity(JsonObject item) {
        return read(EntityReader.read(item, Ld.text(item, "@id"), version(item)));
    }

    /** An article of one of the five types as a detached article, public. */
    public static Read<Article> article(JsonObject item) {
        return read(ArticleReader.read(item, Ld.text(item, "@id"), version(item)));
    }

    private static <T> Read<T> read(Incoming<T> in) {
        return new Read<>(in.object(), refs(in, Role.TAG), refs(in, Role.RELATED),
                refs(in, Role.HIRING).stream().findFirst(),
                refs(in, Role.PROVIDER).stream().findFirst(), Optional.ofNullable(in.logo()));
    }

    private static List<Reference> refs(Incoming<?> in, Role role) {
        return in.references(role).stream().map(r -> new Reference(r.uri(), r.label())).toList();
    }

    private static long version(JsonObject item) {
        return item.get("version") instanceof JsonNumber n && n.isIntegral() ? n.longValue() : 0;
    }
}
