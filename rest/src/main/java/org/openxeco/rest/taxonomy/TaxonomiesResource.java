package org.openxeco.rest.taxonomy;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.openxeco.kernel.NodeUris;
import org.openxeco.linkeddata.PublicLinkedData;
import org.openxeco.rest.Inputs;
import org.openxeco.rest.Params;
import org.openxeco.rest.Responses;
import org.openxeco.rest.taxonomy.TaxonomyInputs.SchemeInput;
import org.openxeco.rest.taxonomy.TaxonomyInputs.ValueInput;
import org.openxeco.rest.taxonomy.TaxonomyViews.SchemeView;
import org.openxeco.rest.taxonomy.TaxonomyViews.TreeView;
import org.openxeco.rest.taxonomy.TaxonomyViews.ValueView;
import org.openxeco.taxonomy.TaxonomyInstaller;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.taxonomy.skos.SkosExport;
import org.openxeco.taxonomy.skos.SkosFormat;
import org.openxeco.taxonomy.skos.SkosImport;

/** Taxonomy schemes and their trees: public reads, administrator writes. */
@Path("taxonomies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Taxonomies", description = "Schemes and their trees of values")
public class TaxonomiesResource {

    @Inject
    TaxonomyService taxonomies;

    @Inject
    TaxonomyInstaller installer;

    @Inject
    NodeUris uris;

    @Inject
    PublicLinkedData linkedData;

    @Inject
    SkosExport skosExport;

    @Inject
    SkosImport skosImport;

    /** The RDF syntaxes of a taxonomy as SKOS, below JSON when a client takes anything. */
    static final String TURTLE = "text/turtle";
    static final String LD_JSON = "application/ld+json";
    static final String RDF_XML = "application/rdf+xml";

    /** An address to fetch a SKOS file from. */
    public static class UrlInput {
        public String url;
    }

    @GET
    @Operation(summary = "List taxonomies")
    public List<SchemeView> list() {
        return taxonomies.schemes().stream().map(s -> TaxonomyViews.scheme(s, uris)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a taxonomy with its tree")
    public Response get(@PathParam("id") String id) {
        UUID uuid = Params.uuid(id, "id");
        TaxonomyScheme scheme = taxonomies.scheme(uuid);
        TreeView tree = TaxonomyViews.tree(scheme, taxonomies.values(uuid), uris);
        return Response.fromResponse(Responses.found(tree, scheme.getVersion()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GET
    @Path("{id}")
    @Produces({TURTLE + ";qs=0.9", LD_JSON + ";qs=0.9", RDF_XML + ";qs=0.8"})
    @Operation(summary = "Read a taxonomy as SKOS (Turtle, JSON-LD or RDF/XML)",
            description = "The concept scheme with its URI, labels, source and licence, and"
            + " every value as a concept with its code as notation, its label in every"
            + " language, broader and narrower concepts and exact matches.")
    public Response skos(@PathParam("id") String id, @Context HttpHeaders headers) {
        UUID uuid = Params.uuid(id, "id");
        SkosFormat format = headers.getAcceptableMediaTypes().stream()
                .map(t -> SkosFormat.ofMediaType(t.getType() + "/" + t.getSubtype()))
                .flatMap(Optional::stream).findFirst().orElse(SkosFormat.TURTLE);
        long version = taxonomies.scheme(uuid).getVersion();
        byte[] body = skosExport.export(uuid, format);
        return Response.ok(body, format.mediaType() + (format == SkosFormat.RDF_XML ? ""
                : ";charset=UTF-8")).tag(new EntityTag(version + "-"
                + format.suffix())).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @POST
    @Consumes({TURTLE, LD_JSON, RDF_XML})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Import a taxonomy from SKOS (admin)", description = "Creates the"
            + " scheme, or completes the scheme with the same URI: concepts are matched by"
            + " URI, else by code. The file is checked whole; a problem refuses it naming each"
            + " concept and field (problem+json) and changes nothing.")
    public Response importSkos(@Context HttpHeaders headers, byte[] body) {
        return imported(skosImport.importFile(body == null ? new byte[0] : body,
                headers.getMediaType() == null ? null : headers.getMediaType().toString(),
                "body"));
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Import a taxonomy from SKOS at a URL (admin)", description = "The"
            + " node fetches the address as it calls peers (no private or metadata addresses,"
            + " time and size limits), then imports it as POST /taxonomies does.")
    public Response importUrl(UrlInput input) {
        return imported(skosImport.importUrl(Inputs.required(input).url));
    }

    private Response imported(SkosImport.Summary summary) {
        if (summary.newScheme()) {
            return Response.created(URI.create(uris.taxonomy(summary.scheme())))
                    .entity(summary).build();
        }
        return Response.ok(summary).build();
    }

    @GET
    @Path("{id}/values")
    @Operation(summary = "List a taxonomy's values flat, parents first")
    public List<ValueView> values(@PathParam("id") String id) {
        return taxonomies.values(Params.uuid(id, "id")).stream()
                .map(v -> TaxonomyViews.value(v, uris)).toList();
    }

    @GET
    @Path("{id}/values/{value}")
    @Operation(summary = "Read one taxonomy value")
    public Response value(@PathParam("id") String id, @PathParam("value") String valueId) {
        TaxonomyValue value = taxonomies.value(Params.uuid(id, "id"),
                Params.uuid(valueId, "value"));
        return Responses.found(TaxonomyViews.value(value, uris), value.getVersion());
    }

    @GET
    @Path("{id}/values/{value}")
    @Produces(Responses.LD_JSON_VARIANT)
    @Operation(summary = "Read one taxonomy value as a schema.org DefinedTerm", description =
            "Named by its concept URI, with its label in every language it has, its code and"
            + " the URI of its taxonomy.")
    public Response valueLinkedData(@PathParam("id") String id,
            @PathParam("value") String valueId) {
        PublicLinkedData.Described found = linkedData.term(Params.uuid(id, "id"),
                Params.uuid(valueId, "value"));
        return Responses.linkedData(found.json(), found.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Create a taxonomy (admin)")
    public Response create(SchemeInput input) {
        TaxonomyScheme created = taxonomies.createScheme(Inputs.required(input)
                .toScheme());
        SchemeView view = TaxonomyViews.scheme(created, uris);
        return Responses.created(uris.taxonomy(created.getUuid()), view,
                created.getVersion());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Replace a taxonomy's description (admin)")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            SchemeInput input) {
        UUID uuid = Params.uuid(id, "id");
        SchemeInput body = Inputs.required(input);
        long version = Params.version(body.version, ifMatch);
        TaxonomyScheme updated = taxonomies.updateScheme(uuid, version, body.toScheme());
        return Responses.changed(updated.getVersion());
    }

    @DELETE
    @Path("{id}")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Delete a taxonomy and its values (admin)",
            description = "Refused while any value tags an object.")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        taxonomies.deleteScheme(Params.uuid(id, "id"), Params.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/values")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Add a value (admin)")
    public Response createValue(@PathParam("id") String id, ValueInput input) {
        UUID schemeId = Params.uuid(id, "id");
        ValueInput body = Inputs.required(input);
        TaxonomyScheme scheme = taxonomies.scheme(schemeId);
        TaxonomyValue created = taxonomies.createValue(schemeId, body.toValue(scheme),
                body.parentId());
        return Responses.created(uris.taxonomyValue(schemeId, created.getUuid()), TaxonomyViews.value(created, uris),
                created.getVersion());
    }

    @POST
    @Path("{id}/values")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Import values from a CSV file (admin)", description = "The file has"
            + " the columns code,parent_code,label (UTF-8, RFC 4180). It is checked whole:"
            + " a missing parent, a cycle or a duplicate code refuses it naming the lines.")
    public Response importCsv(@PathParam("id") String id, InputStream csv) {
        TaxonomyInstaller.Report report = installer.importCsv(Params.uuid(id, "id"), csv,
                "upload.csv");
        return Response.ok(report).build();
    }

    @PUT
    @Path("{id}/values/{value}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Rename or move a value (admin)",
            description = "A move under the value itself or a descendant is refused.")
    public Response updateValue(@PathParam("id") String id, @PathParam("value") String valueId,
            @HeaderParam("If-Match") String ifMatch, ValueInput input) {
        UUID schemeId = Params.uuid(id, "id");
        UUID uuid = Params.uuid(valueId, "value");
        ValueInput body = Inputs.required(input);
        long version = Params.version(body.version, ifMatch);
        TaxonomyScheme scheme = taxonomies.scheme(schemeId);
        TaxonomyValue updated = taxonomies.updateValue(schemeId, uuid, version,
                body.toValue(scheme), body.parentId());
        return Responses.changed(updated.getVersion());
    }

    @DELETE
    @Path("{id}/values/{value}")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Delete a value (admin)",
            description = "Refused while it has children or tags an object.")
    public Response deleteValue(@PathParam("id") String id, @PathParam("value") String valueId,
            @HeaderParam("If-Match") String ifMatch) {
        taxonomies.deleteValue(Params.uuid(id, "id"), Params.uuid(valueId, "value"),
                Params.ifMatch(ifMatch));
        return Response.noContent().build();
    }
}
