package org.openxeco.rest.taxonomy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.openxeco.kernel.NodeUris;
import org.openxeco.taxonomy.BundledTaxonomies;
import org.openxeco.taxonomy.TaxonomyInstaller;

/** The taxonomies shipped with the node, for administrators: state, install, complete. */
@Path("admin/bundled-taxonomies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
public class BundledTaxonomiesResource {

    @Inject
    BundledTaxonomies bundled;

    @Inject
    NodeUris uris;

    /**
     * A bundled taxonomy on the wire: code, name, description, stable scheme URI, source,
     * licence, state, values installed and shipped, and the local scheme's id and URI.
     */
    public record BundledView(String code, String label, String description, String schemeUri,
            String source, String licence, String state, int installedValues,
            int bundledValues, UUID taxonomy, String taxonomyUri) {

        static BundledView of(BundledTaxonomies.Status s, NodeUris uris) {
            return new BundledView(s.taxonomy().code(), s.taxonomy().label(),
                    s.taxonomy().description(), s.taxonomy().schemeUri(), s.taxonomy().source(),
                    s.taxonomy().licence(), s.state().name(), s.installedValues(),
                    s.bundledValues(), s.scheme().orElse(null),
                    s.scheme().map(uris::taxonomy).orElse(null));
        }
    }

    @GET
    @Operation(summary = "List the bundled taxonomies with their state (admin)")
    public List<BundledView> list() {
        return bundled.list().stream().map(s -> BundledView.of(s, uris)).toList();
    }

    @POST
    @Path("{code}")
    @Operation(summary = "Install a bundled taxonomy, or add the values it lacks (admin)")
    public TaxonomyInstaller.Report install(@PathParam("code") String code) {
        return bundled.install(code);
    }
}
