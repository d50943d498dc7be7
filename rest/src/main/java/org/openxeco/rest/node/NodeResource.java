package org.openxeco.rest.node;

import java.io.StringReader;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Jsonp;
import org.openxeco.network.peers.Caller;
import org.openxeco.network.peers.Handshakes;
import org.openxeco.network.peers.PeerState;

/**
 * The node-to-node descriptor and handshake calls. Every request is signed by the calling
 * node; every answer is signed by this one.
 */
@Path("node/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Node to node", description = "Signed calls between nodes of the network")
public class NodeResource {

    @Inject
    Handshakes handshakes;

    @Context
    HttpServletRequest request;

    @POST
    @Path("handshakes")
    @NodeToNode(handshake = true)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Asks this node for a handshake (signed by the asking node)")
    public Response request(String body) {
        Caller caller = caller();
        String claimed = json(body).getString("baseUrl", "");
        if (!claimed.equals(caller.baseUrl())) {
            throw new InvalidInputException("baseUrl", "The request is signed by "
                    + caller.baseUrl() + ", not by " + claimed);
        }
        PeerState state = handshakes.received(caller);
        return Response.accepted(state(state.wire())).type(MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("handshake")
    @NodeToNode(handshake = true)
    @Operation(summary = "Where the calling node's handshake with this node stands")
    public Response state() {
        return Response.ok(handshakes.stateFor(caller()).toString()).build();
    }

    @POST
    @Path("handshake/decision")
    @NodeToNode(handshake = true)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The asked node's decision on this node's handshake request")
    public Response decision(String body) {
        return Response.ok(state(handshakes.decided(caller(),
                json(body).getString("state", "")).wire())).build();
    }

    @POST
    @Path("handshake/revocation")
    @NodeToNode(handshake = true)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The calling node ends its handshake with this node")
    public Response revocation(String body) {
        return Response.ok(state(handshakes.decided(caller(),
                PeerState.REVOKED.wire()).wire())).build();
    }

    private Caller caller() {
        return (Caller) request.getAttribute(NodeSignatures.CALLER);
    }

    private static String state(String state) {
        return Jsonp.createObjectBuilder().add("state", state).build().toString();
    }

    private static JsonObject json(String body) {
        try (var reader = Jsonp.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", "The body must be a JSON object");
        }
    }
}
