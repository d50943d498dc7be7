package org.openxeco.rest.network;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.openxeco.network.peers.PeerService;
import org.openxeco.network.trust.NodeDescriptor;
import org.openxeco.network.trust.NodeIdentity;
import org.openxeco.network.trust.NodeKey;
import org.openxeco.rest.Inputs;
import org.openxeco.rest.Params;

/**
 * The network, for administrators: this node's identity and key rotation, peers and their
 * handshakes, and browsing an active peer's catalogue. The same operations as the network
 * screens of the admin portal.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
public class PeersResource {

    @Inject
    PeerService peers;

    @Inject
    NodeIdentity identity;

    /** The address of a node to look up or ask. */
    public static class PeerAddress {
        public String baseUrl;
        public String fingerprint;
    }

    @GET
    @Path("node")
    @Operation(summary = "This node's descriptor and key fingerprints (admin)")
    public Response node() {
        return Response.ok(identity.descriptor().toJson().toString()).build();
    }

    @POST
    @Path("node/keys/rotation")
    @Operation(summary = "Replace this node's signing key; the old one stays valid for the"
            + " grace period (admin)")
    public Response rotate() {
        NodeKey key = identity.rotate();
        return Response.ok(Map.of("keyId", key.getKeyId(), "fingerprint", key.fingerprint()))
                .build();
    }

    @GET
    @Path("peers")
    @Operation(summary = "Every peer with its handshake state and health (admin)")
    public List<PeerView> list() {
        return peers.list().stream().map(PeerView::of).toList();
    }

    @GET
    @Path("peers/{id}")
    @Operation(summary = "One peer (admin)")
    public PeerView get(@PathParam("id") String id) {
        return PeerView.of(peers.get(Params.uuid(id, "id")));
    }

    @POST
    @Path("peers/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fetch a node's descriptor to confirm its name and fingerprint (admin)")
    public Response preview(PeerAddress input) {
        NodeDescriptor descriptor = peers.preview(Inputs.required(input).baseUrl);
        return Response.ok(Map.of("name", descriptor.name(), "baseUrl", descriptor.baseUrl(),
                "fingerprint", descriptor.currentKey().fingerprint(),
                "software", descriptor.software(), "apiVersion", descriptor.apiVersion(),
                "contact", descriptor.contact())).build();
    }

    @POST
    @Path("peers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a node for a handshake, with the fingerprint confirmed (admin)")
    public Response request(PeerAddress input) {
        PeerAddress body = Inputs.required(input);
        if (body.fingerprint == null || body.fingerprint.isBlank()) {
            throw new InvalidInputException("fingerprint",
                    "Confirm the node's key fingerprint first (see peers/preview)");
        }
        return Response.status(Response.Status.CREATED)
                .entity(PeerView.of(peers.request(body.baseUrl, body.fingerprint))).build();
    }

    @POST
    @Path("peers/{id}/approval")
    @Operation(summary = "Approve a pending handshake (admin)")
    public PeerView approve(@PathParam("id") String id) {
        return PeerView.of(peers.approve(Params.uuid(id, "id")));
    }

    @POST
    @Path("peers/{id}/rejection")
    @Operation(summary = "Reject a pending handshake (admin)")
    public PeerView reject(@PathParam("id") String id) {
        return PeerView.of(peers.reject(Params.uuid(id, "id")));
    }

    @POST
    @Path("peers/{id}/revocation")
    @Operation(summary = "End a handshake (admin)")
    public PeerView revoke(@PathParam("id") String id) {
        return PeerView.of(peers.revoke(Params.uuid(id, "id")));
    }

    @POST
    @Path("peers/{id}/recheck")
    @Operation(summary = "Ask the peer now where the handshake stands (admin)")
    public PeerView recheck(@PathParam("id") String id) {
        return PeerView.of(peers.recheck(Params.uuid(id, "id")));
    }

    @GET
    @Path("peers/{id}/catalogue/{kind}")
    @Produces("application/ld+json")
    @Operation(summary = "One page of an active peer's entities, articles or taxonomies (admin)")
    public Response browse(@PathParam("id") String id, @PathParam("kind") String kind,
            @QueryParam("q") String text, @QueryParam("tag") String tag,
            @QueryParam("type") String type, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return Response.ok(peers.browse(Params.uuid(id, "id"), kind, text, tag, type, limit,
                cursor).toString()).build();
    }
}
