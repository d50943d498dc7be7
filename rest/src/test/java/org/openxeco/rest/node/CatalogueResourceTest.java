package org.openxeco.rest.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.openxeco.content.ArticleType;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.network.catalogue.CatalogueQuery;

class CatalogueResourceTest {

    @Test
    void parametersBecomeAQueryWithTheDefaultLimit() {
        CatalogueQuery query = CatalogueResource.query(" cyber ", "https://vocab.example.org/c",
                "job-offer", null, "abc");

        assertEquals(Optional.of("cyber"), query.text());
        assertEquals(Optional.of("https://vocab.example.org/c"), query.tag());
        assertEquals(Optional.of(ArticleType.JOB_OFFER), query.type());
        // Words are read in any case, with hyphens or underscores, as everywhere in the API.
        assertEquals(Optional.of(ArticleType.JOB_OFFER),
                CatalogueResource.query(null, null, "JOB_OFFER", null, null).type());
        assertEquals(CatalogueQuery.DEFAULT_LIMIT, query.limit());
        assertEquals(Optional.of("abc"), query.cursor());
        assertEquals(Optional.empty(), CatalogueResource.query("", " ", "", " ", "").text());
        assertEquals(120, CatalogueResource.query(null, null, null, " 120 ", null).limit());
    }

    @Test
    void aBadParameterIsRefusedUnderItsName() {
        assertEquals("limit", refused(null, null, null, "ten"));
        assertEquals("limit", refused(null, null, null, "0"));
        assertEquals("limit", refused(null, null, null, "201"));
        assertEquals("type", refused(null, null, "jobs", null));
        assertEquals("tag", refused(null, "cyber", null, null));
        assertEquals("q", refused("x".repeat(201), null, null, null));
    }

    private static String refused(String text, String tag, String type, String limit) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CatalogueResource.query(text, tag, type, limit, null));
        return e.errors().get(0).field();
    }
}
