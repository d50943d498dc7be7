package org.openxeco.rest.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.openxeco.setup.DemoDataLoader;
import org.openxeco.setup.DemoReport;
import org.openxeco.setup.NodeSetup;

/** The administrator's operations on the node's bundled taxonomies and demo data. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
public class SetupResource {

    @Inject
    DemoDataLoader loader;

    @Inject
    NodeSetup setup;

    @POST
    @Path("demo-data")
    @Operation(summary = "Load the bundled taxonomies and demo data (admin)",
            description = "Idempotent: objects already present are counted, not duplicated."
                    + " Reports counts and every rejected record with its reason.")
    public Response loadDemoData() {
        DemoReport report = loader.load();
        return Response.ok(report).build();
    }

    @GET
    @Path("demo-data")
    @Operation(summary = "The report of the demo-data load run at start-up (admin)")
    public Response lastReport() {
        if (!setup.isReady()) {
            return Response.status(Response.Status.ACCEPTED)
                    .entity(new Status("first-start loading is running")).build();
        }
        return setup.lastReport().map(r -> Response.ok(r).build())
                .orElseGet(() -> Response.ok(new Status("no load ran since this start")).build());
    }

    /** A short status text. */
    public record Status(String status) {
    }
}
