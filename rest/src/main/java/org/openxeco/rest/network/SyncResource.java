package org.openxeco.rest.network;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.network.sync.Copies;
import org.openxeco.network.sync.SyncService;
import org.openxeco.rest.Inputs;
import org.openxeco.rest.Params;

/**
 * Imports and syncs, for administrators: import chosen objects of a peer, sync a peer now,
 * follow all it shares, the run log, copies and their conflicts, detaching a copy, and
 * removing a peer with or without its copies. The same operations as the portal's.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
public class SyncResource {

    @Inject
    SyncService sync;

    /** Object URIs to import. */
    public static class ImportRequest {
        public List<String> uris;
    }


    /** How to resolve a conflict: keep-local or take-remote. */
    public static class Resolution {
        public String resolution;
    }

    @POST
    @Path("peers/{id}/imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import objects of an active peer by URI; answers the run (admin)")
    public SyncViews.RunView importObjects(@PathParam("id") String id, ImportRequest input) {
        return SyncViews.RunView.of(sync.importObjects(Params.uuid(id, "id"),
                Inputs.required(input).uris));
    }

    @POST
    @Path("peers/{id}/imports/{kind}")
    @Operation(summary = "Import every entity or article of an active peer that matches the"
            + " filter, as in browsing its catalogue (admin)")
    public SyncViews.RunView importMatching(@PathParam("id") String id,
            @PathParam("kind") String kind, @QueryParam("q") String text,
            @QueryParam("tag") String tag, @QueryParam("type") String type) {
        return SyncViews.RunView.of(sync.importMatching(Params.uuid(id, "id"), kind, text, tag,
                type));
    }

    @POST
    @Path("peers/{id}/sync")
    @Operation(summary = "Start a sync of an active peer now; the run log shows it (admin)")
    public Response syncNow(@PathParam("id") String id) {
        sync.syncNow(Params.uuid(id, "id"));
        return Response.accepted(Map.of("state", "started")).build();
    }

    @GET
    @Path("peers/{id}/sync")
    @Operation(summary = "How far this node follows the peer, with the latest runs (admin)")
    public SyncViews.StateView state(@PathParam("id") String id,
            @QueryParam("runs") String runs) {
        UUID peer = Params.uuid(id, "id");
        return SyncViews.StateView.of(sync.state(peer), sync.runs(peer,
                Params.count(runs, "runs", 1, 200, 20)));
    }

    @PUT
    @Path("peers/{id}/sync")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow everything the peer shares, or only what was imported (admin)")
    public SyncViews.StateView follow(@PathParam("id") String id, JsonObject input) {
        JsonValue followAll = input == null ? null : input.get("followAll");
        if (followAll != JsonValue.TRUE && followAll != JsonValue.FALSE) {
            throw new InvalidInputException("followAll", "true or false");
        }
        UUID peer = Params.uuid(id, "id");
        sync.followAll(peer, followAll == JsonValue.TRUE);
        return state(id, null);
    }

    @DELETE
    @Path("peers/{id}")
    @Operation(summary = "Remove a peer; copies=keep detaches its copies, copies=delete"
            + " deletes them (admin)")
    public Response remove(@PathParam("id") String id, @QueryParam("copies") String copies) {
        if (!"keep".equals(copies) && !"delete".equals(copies)) {
            throw new InvalidInputException("copies", "Say keep or delete");
        }
        int count = sync.removePeer(Params.uuid(id, "id"), "keep".equals(copies));
        return Response.ok(Map.of("copies", count)).build();
    }

    @GET
    @Path("copies/{id}")
    @Operation(summary = "Where a copy comes from, its sync state and conflicts (admin)")
    public SyncViews.CopyView copy(@PathParam("id") String id) {
        UUID object = Params.uuid(id, "id");
        return sync.copy(object).map(c -> SyncViews.CopyView.of(c, sync.conflicts(object),
                sync.pendingReferences(object)))
                .orElseThrow(() -> new org.openxeco.kernel.NotFoundException("Imported object",
                        object));
    }

    @GET
    @Path("copies")
    @Operation(summary = "The copy of the object with the given origin URI, or else the copies"
            + " in conflict (admin)")
    public List<SyncViews.CopyView> copies(@QueryParam("origin") String origin,
            @QueryParam("max") String max) {
        List<org.openxeco.network.sync.ImportedCopy> found = origin != null
                ? sync.copyOf(origin).stream().toList()
                : sync.inConflict(Params.count(max, "max", 1, 500, 100));
        return found.stream()
                .map(c -> SyncViews.CopyView.of(c, sync.conflicts(c.getObjectUuid()),
                        sync.pendingReferences(c.getObjectUuid()))).toList();
    }

    @POST
    @Path("copies/{id}/refresh")
    @Operation(summary = "Fetch a copy from its origin again now (admin)")
    public SyncViews.RunView refresh(@PathParam("id") String id) {
        return SyncViews.RunView.of(sync.refresh(Params.uuid(id, "id")));
    }

    @POST
    @Path("copies/{id}/conflicts/{field}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve a conflicting field: keep-local or take-remote (admin)")
    public SyncViews.CopyView resolve(@PathParam("id") String id,
            @PathParam("field") String field, Resolution input) {
        String text = Inputs.required(input).resolution;
        Copies.Resolution resolution;
        try {
            resolution = Copies.Resolution.valueOf(String.valueOf(text)
                    .toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("resolution", "keep-local or take-remote");
        }
        sync.resolve(Params.uuid(id, "id"), field, resolution);
        return copy(id);
    }

    @POST
    @Path("copies/{id}/detachment")
    @Operation(summary = "Keep a copy as a local object that no longer follows its origin"
            + " (admin)")
    public SyncViews.CopyView detach(@PathParam("id") String id) {
        sync.detach(Params.uuid(id, "id"));
        return copy(id);
    }
}
