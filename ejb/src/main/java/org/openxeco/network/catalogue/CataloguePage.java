package org.openxeco.network.catalogue;

import java.util.List;
import java.util.Optional;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.openxeco.kernel.Jsonp;

/**
 * One page of the catalogue: its items as JSON-LD objects, how many objects match on all
 * pages and, when more follow, the cursor that continues after the last one.
 */
public record CataloguePage(List<JsonObject> items, long total, Optional<String> nextCursor) {

    /** The property that carries the cursor of the next page; absent on the last page. */
    public static final String NEXT_CURSOR = "nextCursor";

    public CataloguePage {
        items = List.copyOf(items);
    }

    /**
     * The page as a schema.org {@code ItemList} whose elements are the items themselves and
     * whose {@code numberOfItems} counts the matches on all pages, as the public lists do;
     * {@value #NEXT_CURSOR} is a plain property outside schema.org.
     */
    public JsonObject toJson() {
        JsonArrayBuilder elements = Jsonp.createArrayBuilder();
        items.forEach(elements::add);
        JsonObjectBuilder page = Jsonp.createObjectBuilder()
                .add("@context", SchemaOrgMapping.CONTEXT)
                .add("@type", "ItemList")
                .add("numberOfItems", total)
                .add("itemListElement", elements);
        nextCursor.ifPresent(c -> page.add(NEXT_CURSOR, c));
        return page.build();
    }
}
