package org.openxeco.rest.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleFilter;
import org.openxeco.content.ArticleService;
import org.openxeco.content.ArticleSort;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.kernel.InputErrors;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.Roles;
import org.openxeco.linkeddata.LinkedDataImport;
import org.openxeco.linkeddata.PublicLinkedData;
import org.openxeco.rest.ApiEnums;
import org.openxeco.rest.PageView;
import org.openxeco.rest.Inputs;
import org.openxeco.rest.LinkedDataLists;
import org.openxeco.rest.Params;
import org.openxeco.rest.Responses;
import org.openxeco.taxonomy.TagTexts;
import org.openxeco.taxonomy.TaxonomyService;

/** Articles of every type: public reads, administrator writes. */
@Path("articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "News, events, job offers, services and tools")
public class ArticlesResource {

    @Inject
    ArticleService articles;

    @Inject
    NodeUris uris;

    @Inject
    TaxonomyService taxonomies;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @Inject
    PublicLinkedData linkedData;

    @Inject
    LinkedDataImport linkedDataImport;

    @GET
    @Operation(summary = "List articles", description = "Public articles for visitors; all"
            + " for administrators. Events can be limited to a time window they overlap.")
    public PageView<ArticleView> list(
            @Parameter(description = "news, event, job-offer, service, tool")
            @QueryParam("type") String type,
            @Parameter(description = "draft, under-review, public, archived (administrators)")
            @QueryParam("status") String status,
            @Parameter(description = "Free text in the title") @QueryParam("q") String text,
            @Parameter(description = "Taxonomy value UUID or taxonomy:code; repeatable;"
                    + " includes the value's subtree") @QueryParam("tag") List<String> tags,
            @Parameter(description = "ISO 3166-1 alpha-2 code of an event's country")
            @QueryParam("country") String country,
            @Parameter(description = "Events ending on or after this day (YYYY-MM-DD)")
            @QueryParam("from") String from,
            @Parameter(description = "Events starting on or before this day (YYYY-MM-DD)")
            @QueryParam("to") String to,
            @Parameter(description = "Events starting in this year")
            @QueryParam("year") String year,
            @Parameter(description = "title, -title, start, -start, published, -published,"
                    + " updated, -updated") @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size) {
        Optional<ArticleType> articleType = ApiEnums.parseFilter(ArticleType.class, type,
                "type");
        ArticleFilter filter = filter(articleType, status, text, tags, country, from, to, year);
        ArticleSort order = sort != null ? ArticleSort.parse(sort) : defaultSort(articleType);
        return PageView.of(articles.list(filter, order, Params.page(cursor, size)),
                a -> ArticleView.of(a, uris, staff()));
    }

    @GET
    @Produces(Responses.LD_JSON_VARIANT)
    @Operation(summary = "List public articles as schema.org JSON-LD", description = "An"
            + " ItemList of public articles, whoever asks; numberOfItems is the number of"
            + " matches. The next page is the Link with rel=\"next\".")
    public Response listLinkedData(@QueryParam("type") String type,
            @QueryParam("status") String status, @QueryParam("q") String text,
            @QueryParam("tag") List<String> tags,
            @QueryParam("country") String country, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("year") String year,
            @QueryParam("sort") String sort, @QueryParam("cursor") String cursor,
            @QueryParam("size") String size) {
        Optional<ArticleType> articleType = ApiEnums.parseFilter(ArticleType.class, type,
                "type");
        ArticleFilter filter = filter(articleType, status, text, tags, country, from, to, year);
        ArticleSort order = sort != null ? ArticleSort.parse(sort)
                : articleType.filter(t -> t == ArticleType.EVENT).isPresent() ? ArticleSort.START
                : ArticleSort.PUBLISHED_DESC;
        return LinkedDataLists.page(linkedData.articles(filter, order,
                Params.page(cursor, size)), uriInfo);
    }

    @GET
    @Path("{id}")
    @Produces(Responses.LD_JSON_VARIANT)
    @Operation(summary = "Read one public article as schema.org JSON-LD", description = "A"
            + " NewsArticle, Event (times in the event's zone, named in eventSchedule),"
            + " JobPosting, Service or SoftwareApplication; 404 unless the article is public.")
    public Response getLinkedData(@PathParam("id") String id) {
        PublicLinkedData.Described found = linkedData.article(Params.uuid(id, "id"));
        return Responses.linkedData(found.json(), found.version());
    }

    @POST
    @Consumes(Responses.LD_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Create an article from schema.org JSON-LD (admin)", description = "A"
            + " NewsArticle, Event, JobPosting, Service or SoftwareApplication as this API"
            + " writes it; tags by concept URI, entities by URI. The article is public.")
    public Response createFromLinkedData(String body) {
        Article created = linkedDataImport.createArticle(Inputs.object(body));
        return Responses.created(uris.article(created.getUuid()),
                ArticleView.of(created, uris, staff()), created.getVersion());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one article")
    public Response get(@PathParam("id") String id) {
        Article article = articles.get(Params.uuid(id, "id"));
        return Responses.found(ArticleView.of(article, uris, staff()), article.getVersion());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Create an article (admin)")
    public Response create(ArticleInput input) {
        ArticleInput body = Inputs.required(input);
        InputErrors errors = new InputErrors();
        Article data = body.toArticle(errors);
        ArticleReferences references = body.references(tagTexts(), errors);
        Inputs.refuse(errors, () -> articles.check(data, references));
        Article created = articles.create(data, references);
        return Responses.created(uris.article(created.getUuid()), ArticleView.of(created, uris, staff()),
                created.getVersion());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Replace an article (admin)", description = "Send the version you"
            + " read, in the body or as If-Match; a stale version gives 409.")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            ArticleInput input) {
        UUID uuid = Params.uuid(id, "id");
        ArticleInput body = Inputs.required(input);
        long version = Params.version(body.version, ifMatch);
        InputErrors errors = new InputErrors();
        Article data = body.toArticle(errors);
        ArticleReferences references = body.references(tagTexts(), errors);
        Inputs.refuse(errors, () -> articles.check(data, references));
        Article updated = articles.update(uuid, version, data, references);
        return Responses.changed(updated.getVersion());
    }

    @DELETE
    @Path("{id}")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Delete an article (admin)", description = "Needs If-Match with the"
            + " version; leaves a tombstone in the change feed.")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        articles.delete(Params.uuid(id, "id"), Params.ifMatch(ifMatch));
        return Response.noContent().build();
    }


    /**
     * Events by start; other articles newest published first for visitors, and for staff
     * (who also see articles never published) most recently changed first.
     */
    private ArticleSort defaultSort(Optional<ArticleType> type) {
        if (type.filter(t -> t == ArticleType.EVENT).isPresent()) {
            return ArticleSort.START;
        }
        return staff() ? ArticleSort.UPDATED_DESC : ArticleSort.PUBLISHED_DESC;
    }

    private boolean staff() {
        return security != null && security.isUserInRole(Roles.ADMIN);
    }

    private static int year(String text) {
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= 1900 && y <= 2200) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("year", "'" + text + "' is not a year between 1900"
                + " and 2200");
    }

    private static ArticleFilter filter(Optional<ArticleType> articleType, String status,
            String text, List<String> tags, String country, String from, String to,
            String year) {
        Optional<Instant> startsFrom = Optional.empty();
        Optional<Instant> end = Params.dayStart(to, "to").map(d -> d.plusSeconds(86_400));
        if (year != null && !year.isBlank()) {
            int y = year(year);
            startsFrom = Optional.of(LocalDate.of(y, 1, 1).atStartOfDay()
                    .toInstant(ZoneOffset.UTC));
            Instant yearEnd = LocalDate.of(y + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
            end = Optional.of(end.filter(e -> e.isBefore(yearEnd)).orElse(yearEnd));
        }
        return new ArticleFilter(articleType,
                ApiEnums.parseFilter(ArticleStatus.class, status, "status"),
                Optional.ofNullable(text), tags == null ? List.of() : tags,
                Params.country(country), Params.dayStart(from, "from"), startsFrom, end);
    }

    private TagTexts tagTexts() {
        return new TagTexts(uris, taxonomies);
    }
}
