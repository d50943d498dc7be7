package org.openxeco.network.catalogue;

import java.util.List;
import java.util.Optional;

/** A page of a peer's catalogue as read by {@link CatalogueReader}. */
public record PeerCataloguePage(List<CatalogueItem> items, Optional<String> nextCursor) {

    public PeerCataloguePage {
        items = List.copyOf(items);
    }
}
