package org.openxeco.network.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A page of a peer's catalogue as read by {@link CatalogueReader}, with the number of matches
 * on all pages when the peer says it (a node of an earlier version gives the page's).
 */
public record PeerCataloguePage(List<CatalogueItem> items, OptionalLong total,
        Optional<String> nextCursor) {

    public PeerCataloguePage {
        items = List.copyOf(items);
    }
}
