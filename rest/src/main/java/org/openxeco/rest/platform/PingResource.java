package org.openxeco.rest.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A request that does nothing: the baseline benchmarks compare real endpoints with. */
@Path("ping")
@RequestScoped
@Tag(name = "Node")
public class PingResource {

    /** A fixed answer, for load-balancer probes and benchmarks. */
    public record Pong(String status) {
    }

    private static final Pong PONG = new Pong("ok");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer without doing anything")
    public Pong ping() {
        return PONG;
    }
}
