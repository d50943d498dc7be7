package org.openxeco.web.admin.network;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.openxeco.network.catalogue.CatalogueItem;

/**
 * One object of a peer's catalogue as the browse table shows it, and whether this node
 * already holds a copy imported from it.
 */
public record CatalogueRow(String uri, String type, String name, String description,
        Instant modified, List<Tag> tags, boolean imported) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A taxonomy value the object is tagged with: its concept URI and label. */
    public record Tag(String uri, String label) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    public CatalogueRow {
        tags = List.copyOf(tags);
    }

    static CatalogueRow of(CatalogueItem item, boolean imported) {
        return new CatalogueRow(item.uri(), item.type(), item.name(), item.description(),
                item.dateModified().orElse(null),
                item.tags().stream().map(t -> new Tag(t.uri(), t.label())).toList(), imported);
    }
}
