package org.openxeco.rest.csv;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.openxeco.content.ArticleCsv;
import org.openxeco.content.ArticleCsvImport;
import org.openxeco.content.ArticleFilter;
import org.openxeco.content.ArticleSort;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.OrganisationCsv;
import org.openxeco.directory.OrganisationCsvImport;
import org.openxeco.directory.OrganisationFilter;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.directory.OrganisationSort;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.Jsonp;
import org.openxeco.media.CsvReport;
import org.openxeco.media.ImportMode;
import org.openxeco.media.RowResult;
import org.openxeco.rest.ApiEnums;
import org.openxeco.rest.Params;

/**
 * Entities and articles as CSV: GET exports what the caller may list (with the list
 * filters), POST imports a file (administrators). An all-or-nothing import with rejected
 * rows is refused with 422 and changes nothing.
 */
@Path("csv")
@RequestScoped
@Tag(name = "CSV", description = "Entities and articles as CSV files")
public class CsvResource {

    static final String CSV = "text/csv";
    private static final String CSV_UTF8 = "text/csv; charset=UTF-8";

    @Inject
    OrganisationCsv entityCsv;

    @Inject
    ArticleCsv articleCsv;

    @Inject
    OrganisationCsvImport entityImport;

    @Inject
    ArticleCsvImport articleImport;

    @Context
    UriInfo uri;

    @GET
    @Path("entities")
    @Produces(CSV_UTF8)
    @Operation(summary = "Export entities as CSV", description = "The entities the caller may"
            + " list; the columns are described in the README.")
    public Response exportEntities(@QueryParam("q") String text,
            @QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("country") String country, @QueryParam("tag") List<String> tags,
            @Parameter(description = "name, -name, updated, -updated")
            @QueryParam("sort") String sort) {
        OrganisationFilter filter = new OrganisationFilter(Optional.ofNullable(text),
                ApiEnums.parseFilter(OrganisationKind.class, kind, "kind"),
                ApiEnums.parseFilter(OrganisationStatus.class, status, "status"),
                Params.country(country), tags == null ? List.of() : tags);
        OrganisationSort order = sort == null ? OrganisationSort.NAME
                : OrganisationSort.parse(sort);
        StreamingOutput body = out -> entityCsv.write(filter, order, out, false);
        return attachment(body, "entities.csv");
    }

    @GET
    @Path("articles")
    @Produces(CSV_UTF8)
    @Operation(summary = "Export articles as CSV", description = "The articles the caller may"
            + " list; the columns are described in the README.")
    public Response exportArticles(@QueryParam("type") String type,
            @QueryParam("status") String status, @QueryParam("q") String text,
            @QueryParam("tag") List<String> tags, @QueryParam("country") String country,
            @Parameter(description = "Events ending on or after this day (YYYY-MM-DD)")
            @QueryParam("from") String from,
            @Parameter(description = "title, -title, start, -start, published, -published,"
                    + " updated, -updated") @QueryParam("sort") String sort) {
        ArticleFilter filter = new ArticleFilter(
                ApiEnums.parseFilter(ArticleType.class, type, "type"),
                ApiEnums.parseFilter(ArticleStatus.class, status, "status"),
                Optional.ofNullable(text), tags == null ? List.of() : tags,
                Params.country(country), Params.dayStart(from, "from"), Optional.empty(),
                Optional.<Instant>empty());
        ArticleSort order = sort == null ? ArticleSort.TITLE : ArticleSort.parse(sort);
        StreamingOutput body = out -> articleCsv.write(filter, order, out, false);
        return attachment(body, "articles.csv");
    }

    @POST
    @Path("entities")
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Import entities from CSV (admin)", description = "mode is"
            + " all-or-nothing (default) or row-by-row. Rows with a stored uuid update it.")
    public Response importEntities(@QueryParam("mode") String mode, InputStream body) {
        return answer(entityImport.importCsv(body, mode(mode)));
    }

    @POST
    @Path("articles")
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Import articles from CSV (admin)", description = "mode is"
            + " all-or-nothing (default) or row-by-row. Rows with a stored uuid update it.")
    public Response importArticles(@QueryParam("mode") String mode, InputStream body) {
        return answer(articleImport.importCsv(body, mode(mode)));
    }

    private static ImportMode mode(String text) {
        return ApiEnums.parseOptional(ImportMode.class, text, "mode")
                .orElse(ImportMode.ALL_OR_NOTHING);
    }

    private Response answer(CsvReport report) {
        if (report.applied()) {
            return Response.ok(CsvReportView.of(report, report.rows()),
                    MediaType.APPLICATION_JSON).build();
        }
        List<RowResult> rejected = report.rejected();
        JsonArrayBuilder errors = Jsonp.createArrayBuilder();
        JsonArrayBuilder rows = Jsonp.createArrayBuilder();
        for (RowResult row : rejected) {
            JsonArrayBuilder rowErrors = Jsonp.createArrayBuilder();
            for (FieldError error : row.errors()) {
                errors.add(Jsonp.createObjectBuilder().add("field", "line " + row.line() + ": "
                        + error.field()).add("message", error.message()));
                rowErrors.add(Jsonp.createObjectBuilder().add("field", error.field())
                        .add("message", error.message()));
            }
            JsonObjectBuilder entry = Jsonp.createObjectBuilder().add("line", row.line())
                    .add("outcome", ApiEnums.name(row.outcome()));
            if (row.uuid() != null) {
                entry.add("id", row.uuid().toString());
            }
            rows.add(entry.add("errors", rowErrors));
        }
        String json = Jsonp.createObjectBuilder()
                .add("type", "urn:openxeco:problem:csv-rows-rejected")
                .add("title", "Rows rejected")
                .add("status", 422)
                .add("detail", rejected.size() + " row(s) rejected; nothing was applied")
                .add("instance", "/api/" + uri.getPath().replaceFirst("^/", ""))
                .add("errors", errors)
                .add("rows", rows)
                .build().toString();
        return Response.status(422).type("application/problem+json").entity(json).build();
    }

    private static Response attachment(StreamingOutput body, String name) {
        return Response.ok(body, CSV_UTF8)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
