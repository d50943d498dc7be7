package org.openxeco.network.peers;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The node-to-node API of a peer, as a MicroProfile REST client. Bodies travel as bytes so
 * that their signatures cover exactly what is sent; answers are read raw and verified.
 */
@Path("/")
public interface PeerApi {

    String JSON_LD = "application/ld+json";

    @GET
    @Path(".well-known/openxeco-node")
    @Produces(MediaType.APPLICATION_JSON)
    Response descriptor();

    @POST
    @Path("api/node/v1/handshakes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response requestHandshake(byte[] body);

    @GET
    @Path("api/node/v1/handshake")
    @Produces(MediaType.APPLICATION_JSON)
    Response handshakeState();

    @POST
    @Path("api/node/v1/handshake/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response decision(byte[] body);

    @POST
    @Path("api/node/v1/handshake/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response revocation(byte[] body);

    @GET
    @Path("api/node/v1/catalogue/{kind}")
    @Produces(JSON_LD)
    Response catalogue(@PathParam("kind") String kind, @QueryParam("q") String text,
            @QueryParam("tag") String tag, @QueryParam("type") String type,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("api/node/v1/catalogue/taxonomies/{uuid}")
    @Produces(JSON_LD)
    Response taxonomy(@PathParam("uuid") String uuid);

    @GET
    @Path("api/node/v1/changes")
    @Produces(JSON_LD)
    Response changes(@QueryParam("after") long after, @QueryParam("limit") int limit);

    @POST
    @Path("api/node/v1/objects")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON_LD)
    Response objects(byte[] body);
}
