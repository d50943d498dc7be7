package org.openxeco.rest.node;

import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.openxeco.content.ArticleType;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Jsonp;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.network.catalogue.CatalogueQuery;
import org.openxeco.network.catalogue.CatalogueService;
import org.openxeco.rest.ApiEnums;
import org.openxeco.rest.Params;

/**
 * The catalogue a peer node browses: this node's shared entities and articles as schema.org
 * JSON-LD and its shared taxonomies as SKOS, each list a schema.org {@code ItemList} paged
 * by an opaque {@code nextCursor}. Bodies are written here, as text, so that the bytes the
 * response signature covers are the bytes sent.
 */
@Path("node/v1/catalogue")
@RequestScoped
@NodeToNode
@Produces(CatalogueResource.LD_JSON)
@Tag(name = "Node catalogue", description = "What peer nodes may browse and import (signed"
        + " requests of peers in an active handshake only)")
public class CatalogueResource {

    /** The media type of JSON-LD. */
    public static final String LD_JSON = "application/ld+json";

    @Inject
    CatalogueService catalogue;

    @GET
    @Path("entities")
    @Operation(summary = "List shared entities", description = "Public entities shared with"
            + " the network, as schema.org Organization (or a subtype), ordered by UUID.")
    @APIResponse(responseCode = "400", description = "A parameter is not valid")
    public Response entities(
            @Parameter(description = "Free text in the name") @QueryParam("q") String text,
            @Parameter(description = "Concept URI of a taxonomy value; includes the values"
                    + " below it") @QueryParam("tag") String tag,
            @Parameter(description = "Not for entities: refused if given")
            @QueryParam("type") String type,
            @Parameter(description = "Items per page, 1 to 200, 50 by default")
            @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page")
            @QueryParam("cursor") String cursor) {
        return ok(catalogue.entities(query(text, tag, type, limit, cursor)).toJson());
    }

    @GET
    @Path("articles")
    @Operation(summary = "List shared articles", description = "Published articles shared"
            + " with the network, as NewsArticle, Event, JobPosting, Service or"
            + " SoftwareApplication, ordered by UUID.")
    @APIResponse(responseCode = "400", description = "A parameter is not valid")
    public Response articles(
            @Parameter(description = "Free text in the title") @QueryParam("q") String text,
            @Parameter(description = "Concept URI of a taxonomy value; includes the values"
                    + " below it") @QueryParam("tag") String tag,
            @Parameter(description = "news, event, job-offer, service, tool")
            @QueryParam("type") String type,
            @Parameter(description = "Items per page, 1 to 200, 50 by default")
            @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page")
            @QueryParam("cursor") String cursor) {
        return ok(catalogue.articles(query(text, tag, type, limit, cursor)).toJson());
    }

    @GET
    @Path("taxonomies")
    @Operation(summary = "List shared taxonomies", description = "Taxonomy schemes as SKOS"
            + " concept schemes, without their concepts; empty while taxonomies are not"
            + " shared.")
    @APIResponse(responseCode = "400", description = "A parameter is not valid")
    public Response taxonomies(
            @Parameter(description = "Free text in the code or a label") @QueryParam("q")
            String text,
            @Parameter(description = "Items per page, 1 to 200, 50 by default")
            @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page")
            @QueryParam("cursor") String cursor) {
        return ok(catalogue.taxonomies(query(text, null, null, limit, cursor)).toJson());
    }

    @GET
    @Path("taxonomies/{id}")
    @Operation(summary = "Read a shared taxonomy", description = "A SKOS concept scheme with"
            + " every concept, its labels per language and its broader and narrower links.")
    @APIResponse(responseCode = "404", description = "No such taxonomy, or taxonomies are"
            + " not shared")
    public Response taxonomy(@PathParam("id") String id) {
        UUID uuid = Params.uuid(id, "id");
        return ok(catalogue.taxonomy(uuid)
                .orElseThrow(() -> new NotFoundException("Taxonomy", uuid)));
    }

    /** The query the parameters describe; a field that fails is named as its parameter. */
    static CatalogueQuery query(String text, String tag, String type, String limit,
            String cursor) {
        Optional<ArticleType> articleType = ApiEnums.parseOptional(ArticleType.class, type,
                "type");
        return new CatalogueQuery(Optional.ofNullable(text), Optional.ofNullable(tag),
                articleType, limit(limit), Optional.ofNullable(cursor));
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return CatalogueQuery.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "'" + text + "' is not a number");
        }
    }

    /** 200 with the JSON-LD written out here, so the body is exactly this text. */
    private static Response ok(JsonObject json) {
        StringWriter body = new StringWriter();
        try (JsonWriter writer = Writers.FACTORY.createWriter(body)) {
            writer.writeObject(json);
        }
        return Response.ok(body.toString(), LD_JSON).build();
    }

    /** The JSON writers, made on first use. */
    private static final class Writers {
        static final JsonWriterFactory FACTORY = Jsonp.createWriterFactory(Map.of());
    }
}
