package org.openxeco.rest.directory;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationFilter;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.directory.OrganisationService;
import org.openxeco.directory.OrganisationSort;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.InputErrors;
import org.openxeco.kernel.NodeUris;
import org.openxeco.linkeddata.LinkedDataImport;
import org.openxeco.linkeddata.PublicLinkedData;
import org.openxeco.media.MediaItem;
import org.openxeco.media.MediaService;
import org.openxeco.rest.ApiEnums;
import org.openxeco.rest.PageView;
import org.openxeco.rest.Inputs;
import org.openxeco.rest.LinkedDataLists;
import org.openxeco.rest.Params;
import org.openxeco.rest.Responses;
import org.openxeco.taxonomy.TagTexts;
import org.openxeco.taxonomy.TaxonomyService;

/** The directory of entities: public reads, administrator writes. */
@Path("entities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities", description = "Organisations of the ecosystem")
public class EntitiesResource {

    @Inject
    OrganisationService organisations;

    @Inject
    NodeUris uris;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    MediaService media;

    @Inject
    PublicLinkedData linkedData;

    @Inject
    LinkedDataImport linkedDataImport;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List entities", description = "Active entities for visitors; all for"
            + " administrators. Paged with an opaque cursor.")
    public PageView<EntityView> list(
            @Parameter(description = "Free text in the name") @QueryParam("q") String text,
            @Parameter(description = "company, public-body, ngo, academic, other")
            @QueryParam("kind") String kind,
            @Parameter(description = "active or inactive (administrators)")
            @QueryParam("status") String status,
            @Parameter(description = "ISO 3166-1 alpha-2 code of an address")
            @QueryParam("country") String country,
            @Parameter(description = "Taxonomy value UUID or taxonomy:code; repeatable;"
                    + " includes the value's subtree") @QueryParam("tag") List<String> tags,
            @Parameter(description = "name, -name, updated, -updated")
            @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size) {
        return PageView.of(organisations.list(filter(text, kind, status, country, tags),
                sort(sort), Params.page(cursor, size)), o -> EntityView.of(o, uris));
    }

    @GET
    @Produces(Responses.LD_JSON_VARIANT)
    @Operation(summary = "List public entities as schema.org JSON-LD", description = "An"
            + " ItemList of Organizations, active entities only, whoever asks; numberOfItems is"
            + " the number of matches. The next page is the Link with rel=\"next\".")
    public Response listLinkedData(@QueryParam("q") String text,
            @QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("country") String country,
            @QueryParam("tag") List<String> tags, @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        PublicLinkedData.ListPage page = linkedData.entities(filter(text, kind, status,
                country, tags), sort(sort), Params.page(cursor, size));
        return LinkedDataLists.page(page, uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one entity")
    public Response get(@PathParam("id") String id) {
        Organisation organisation = organisations.get(Params.uuid(id, "id"));
        return Responses.found(EntityView.of(organisation, uris), organisation.getVersion());
    }

    @GET
    @Path("{id}")
    @Produces(Responses.LD_JSON_VARIANT)
    @Operation(summary = "Read one public entity as schema.org JSON-LD", description = "An"
            + " Organization (Corporation, GovernmentOrganization, NGO,"
            + " EducationalOrganization); 404 unless the entity is public.")
    public Response getLinkedData(@PathParam("id") String id) {
        PublicLinkedData.Described found = linkedData.entity(Params.uuid(id, "id"));
        return Responses.linkedData(found.json(), found.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Create an entity (admin)")
    public Response create(EntityInput input) {
        EntityInput body = Inputs.required(input);
        InputErrors errors = new InputErrors();
        Organisation data = body.toOrganisation(errors);
        List<UUID> tags = body.tagIds(tagTexts(), errors);
        Inputs.refuse(errors, () -> organisations.check(data, tags));
        Organisation created = organisations.create(data, tags);
        return Responses.created(uris.entity(created.getUuid()), EntityView.of(created, uris),
                created.getVersion());
    }

    @POST
    @Consumes(Responses.LD_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Create an entity from schema.org JSON-LD (admin)", description = "An"
            + " Organization as this API writes it; tags by concept URI. Answers with the new"
            + " entity's JSON.")
    public Response createFromLinkedData(String body) {
        Organisation created = linkedDataImport.createEntity(Inputs.object(body));
        return Responses.created(uris.entity(created.getUuid()), EntityView.of(created, uris),
                created.getVersion());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Replace an entity (admin)", description = "Send the version you"
            + " read, in the body or as If-Match; a stale version gives 409.")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            EntityInput input) {
        UUID uuid = Params.uuid(id, "id");
        EntityInput body = Inputs.required(input);
        long version = Params.version(body.version, ifMatch);
        InputErrors errors = new InputErrors();
        Organisation data = body.toOrganisation(errors);
        List<UUID> tags = body.tagIds(tagTexts(), errors);
        Inputs.refuse(errors, () -> organisations.check(data, tags));
        Organisation updated = organisations.update(uuid, version, data, tags);
        return Responses.changed(updated.getVersion());
    }

    @PUT
    @Path("{id}/logo")
    @Consumes({"image/png", "image/jpeg", "image/gif", "image/webp",
        MediaType.APPLICATION_OCTET_STREAM})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Set an entity's logo from an image file (admin)", description = "PNG,"
            + " JPEG, GIF or WebP within the configured size; needs If-Match with the version."
            + " The image is stored once by the hash of its content.")
    public Response setLogo(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            byte[] image) {
        UUID uuid = Params.uuid(id, "id");
        MediaItem item = media.store(image, "logo of " + uuid);
        Organisation updated = organisations.setLogo(uuid, Params.ifMatch(ifMatch),
                item.getHash());
        return Responses.changed(updated.getVersion());
    }

    @DELETE
    @Path("{id}")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Delete an entity (admin)", description = "Needs If-Match with the"
            + " version; leaves a tombstone in the change feed.")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        organisations.delete(Params.uuid(id, "id"), Params.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    private static OrganisationFilter filter(String text, String kind, String status,
            String country, List<String> tags) {
        return new OrganisationFilter(Optional.ofNullable(text),
                ApiEnums.parseFilter(OrganisationKind.class, kind, "kind"),
                ApiEnums.parseFilter(OrganisationStatus.class, status, "status"),
                Params.country(country), tags == null ? List.of() : tags);
    }

    private static OrganisationSort sort(String sort) {
        return sort == null ? OrganisationSort.NAME : OrganisationSort.parse(sort);
    }

    private TagTexts tagTexts() {
        return new TagTexts(uris, taxonomies);
    }
}
