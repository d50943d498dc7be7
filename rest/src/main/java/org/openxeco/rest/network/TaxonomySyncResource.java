package org.openxeco.rest.network;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NodeUris;
import org.openxeco.network.sync.ConceptMappings;
import org.openxeco.network.sync.ConceptMatch;
import org.openxeco.network.sync.TaxonomyFetch;
import org.openxeco.rest.Inputs;
import org.openxeco.rest.Params;
import org.openxeco.rest.TagView;
import org.openxeco.taxonomy.TaxonomyScheme;

/**
 * Peers' taxonomies, for administrators: import a whole taxonomy of an active peer or a
 * subtree of it, and map a peer's concept onto a local value instead of importing it.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
public class TaxonomySyncResource {

    @Inject
    TaxonomyFetch fetch;

    @Inject
    ConceptMappings mappings;

    @Inject
    NodeUris uris;

    /** A taxonomy of a peer (URI or UUID) and optionally one concept whose subtree to take. */
    public static class SchemeRequest {
        public String taxonomy;
        public String subtree;
    }

    /** A peer's concept and the local value it means. */
    public static class MappingRequest {
        public String concept;
        public String value;
    }

    /** A mapping on the wire. */
    public record MappingView(String concept, String value, String valueUri, String label,
            String taxonomy, String mappedBy, Instant mappedAt) {

        static MappingView of(ConceptMatch m, NodeUris uris) {
            return new MappingView(m.getConceptUri(), m.getValue().getUuid().toString(),
                    TagView.uriOf(m.getValue(), uris), m.getValue().label(null),
                    m.getValue().getScheme().getCode(), m.getMappedBy(), m.getMappedAt());
        }
    }

    @POST
    @Path("peers/{id}/taxonomies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a taxonomy of an active peer, or the subtree of one of its"
            + " concepts (admin)")
    public Response importTaxonomy(@jakarta.ws.rs.PathParam("id") String id,
            SchemeRequest input) {
        SchemeRequest body = Inputs.required(input);
        if (body.taxonomy == null || body.taxonomy.isBlank()) {
            throw new InvalidInputException("taxonomy", "The taxonomy's URI or id is required");
        }
        TaxonomyScheme scheme = fetch.importScheme(Params.uuid(id, "id"), body.taxonomy,
                body.subtree == null || body.subtree.isBlank() ? null : body.subtree.strip());
        return Response.ok(Map.of("id", scheme.getUuid().toString(), "code", scheme.getCode(),
                "uri", uris.taxonomy(scheme.getUuid()))).build();
    }

    @GET
    @Path("concept-mappings")
    @Operation(summary = "Peers' concepts mapped onto local taxonomy values (admin)")
    public List<MappingView> list() {
        return mappings.list().stream().map(m -> MappingView.of(m, uris)).toList();
    }

    @PUT
    @Path("concept-mappings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Map a peer's concept onto a local value, published as"
            + " skos:exactMatch (admin)")
    public MappingView map(MappingRequest input) {
        MappingRequest body = Inputs.required(input);
        if (body.concept == null || body.concept.isBlank()) {
            throw new InvalidInputException("concept", "The concept's URI is required");
        }
        return MappingView.of(mappings.map(body.concept.strip(), Params.uuid(body.value,
                "value")), uris);
    }

    @DELETE
    @Path("concept-mappings")
    @Operation(summary = "Remove the mapping of a peer's concept (admin)")
    public Response unmap(@QueryParam("concept") String concept) {
        if (concept == null || concept.isBlank()) {
            throw new InvalidInputException("concept", "The concept's URI is required");
        }
        mappings.unmap(concept.strip());
        return Response.noContent().build();
    }
}
