package org.openxeco.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.OrganisationFilter;
import org.openxeco.directory.OrganisationSort;
import org.openxeco.kernel.PageRequest;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/** An ItemList read page by page numbers its items on from one page to the next. */
class LinkedDataPagesServiceTest {

    private static Services node;

    @BeforeAll
    static void start() {
        node = new Services();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void positionsContinueAcrossKeysetPages() {
        String prefix = Fixtures.unique("Paged");
        for (int i = 1; i <= 5; i++) {
            String name = prefix + " " + i;
            node.asAdmin(() -> node.organisations.create(Fixtures.organisation(name, "LU"),
                    List.of()));
        }
        OrganisationFilter filter = new OrganisationFilter(Optional.of(prefix),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());

        List<Integer> positions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            PageRequest request = new PageRequest(cursor, 2);
            PublicLinkedData.ListPage page = node.asVisitor(() -> node.linkedData.entities(
                    filter, OrganisationSort.NAME, request));
            for (JsonObject element : page.list().getJsonArray("itemListElement")
                    .getValuesAs(JsonObject.class)) {
                positions.add(element.getInt("position"));
                names.add(element.getJsonObject("item").getString("name"));
            }
            assertEquals(5, page.list().getInt("numberOfItems"));
            cursor = page.next();
            pages++;
        } while (cursor.isPresent());

        assertEquals(3, pages);
        assertEquals(List.of(1, 2, 3, 4, 5), positions);
        assertEquals(List.of(prefix + " 1", prefix + " 2", prefix + " 3", prefix + " 4",
                prefix + " 5"), names);
    }
}
