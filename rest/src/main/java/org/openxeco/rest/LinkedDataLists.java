package org.openxeco.rest;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.openxeco.linkeddata.PublicLinkedData;

/** The answer of a list read as schema.org JSON-LD: the ItemList, and the next page as a Link. */
public final class LinkedDataLists {

    private LinkedDataLists() {
    }

    /** 200 with the page's ItemList and, if there is a next page, a Link to it (rel=next). */
    public static Response page(PublicLinkedData.ListPage page, UriInfo uriInfo) {
        Response.ResponseBuilder answer = Response.ok(page.list().toString(),
                Responses.LD_JSON);
        page.next().ifPresent(next -> answer.links(Link.fromUri(uriInfo.getRequestUriBuilder()
                .replaceQueryParam("cursor", next).build()).rel("next").build()));
        return answer.build();
    }
}
