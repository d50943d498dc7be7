package org.openxeco.rest.node;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.openxeco.kernel.InvalidInputException;
import org.openxeco.network.catalogue.ChangeFeed;

/** The change feed an active peer follows to keep its copies of this node's objects. */
@Path("node/v1/changes")
@RequestScoped
@NodeToNode
@Tag(name = "Node to node")
public class ChangesResource {

    @Inject
    ChangeFeed feed;

    @GET
    @Produces(CatalogueResource.LD_JSON)
    @Operation(summary = "Changes after a position of this node's change sequence",
            description = "Upserts of shared objects (schema.org JSON-LD or SKOS), withdrawals"
                    + " of objects no longer public or shared, deletions; in sequence order.")
    public Response changes(
            @Parameter(description = "The 'next' of the previous page; 0 to start")
            @QueryParam("after") String after,
            @Parameter(description = "Changes per page, 1 to 500, 100 by default")
            @QueryParam("limit") String limit) {
        long size = Math.min(number(limit, "limit", ChangeFeed.DEFAULT_LIMIT),
                Integer.MAX_VALUE);
        return Response.ok(feed.changes(number(after, "after", 0), (int) size).toString(),
                CatalogueResource.LD_JSON).build();
    }

    private static long number(String text, String field, long fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "Must be a whole number");
        }
    }
}
