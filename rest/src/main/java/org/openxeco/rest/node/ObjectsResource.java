package org.openxeco.rest.node;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.network.catalogue.ChangeFeed;

/** The current state of chosen objects, for a peer importing or refreshing them. */
@Path("node/v1/objects")
@RequestScoped
@NodeToNode
@Tag(name = "Node to node")
public class ObjectsResource {

    @Inject
    ChangeFeed feed;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(CatalogueResource.LD_JSON)
    @Operation(summary = "The current state of some of this node's objects",
            description = "For each URI of the body's 'uris' (at most 500), a change as the"
                    + " feed gives it: upsert, withdrawn, deleted, or gone for a URI that"
                    + " names nothing of this node's.")
    public Response objects(JsonObject body) {
        if (body == null || !(body.get("uris") instanceof JsonArray list)) {
            throw new InvalidInputException("uris", "An array of object URIs is required");
        }
        List<String> uris = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof JsonString uri) || uri.getString().isBlank()) {
                throw new InvalidInputException("uris[" + i + "]", "Must be a URI");
            }
            uris.add(uri.getString().strip());
        }
        return Response.ok(feed.objects(uris).toString(), CatalogueResource.LD_JSON).build();
    }
}
