package org.openxeco.network.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One object of a peer's catalogue as the admin portal lists it: its URI on the peer, its
 * schema.org (or SKOS) type, a name, a plain-text excerpt of its description, when it last
 * changed, its tags and an image or logo address.
 */
public record CatalogueItem(String uri, String type, String name, String description,
        Optional<Instant> dateModified, List<Tag> tags, Optional<String> image) {

    public CatalogueItem {
        tags = List.copyOf(tags);
    }

    /** A tag: the concept URI of a taxonomy value and its label. */
    public record Tag(String uri, String label) {
    }
}
