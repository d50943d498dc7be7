package org.openxeco.rest.my;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openxeco.kernel.NodeUris;
import org.openxeco.membership.AttachmentRequests;
import org.openxeco.membership.MemberArticle;
import org.openxeco.membership.MemberArticles;
import org.openxeco.membership.MemberRequest;
import org.openxeco.rest.Inputs;
import org.openxeco.rest.PageView;
import org.openxeco.rest.Params;
import org.openxeco.rest.Responses;

/**
 * The signed-in member's requests and articles. Another member's request or article is
 * answered 404, the same as one that does not exist, so ids reveal nothing.
 */
@Path("my")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
@SecurityRequirement(name = "basic")
public class MyResource {

    @Inject
    AttachmentRequests requests;

    @Inject
    MemberArticles articles;

    @Inject
    NodeUris uris;

    @GET
    @Path("requests")
    @Operation(summary = "The caller's requests to be attached to an entity or to add one,"
            + " newest first, one page at a time")
    public PageView<MyViews.RequestView> requests(
            @Parameter(description = "The next value of the previous page")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size) {
        return PageView.of(requests.mine(Params.page(cursor, size)), MyViews.RequestView::of);
    }

    @GET
    @Path("requests/{id}")
    @Operation(summary = "One of the caller's requests")
    public Response request(@PathParam("id") String id) {
        MemberRequest request = requests.mine(Params.uuid(id, "id"));
        return Responses.found(MyViews.RequestView.of(request), request.getVersion());
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to be attached to an entity, with a reason")
    public Response ask(MyViews.RequestInput input) {
        MyViews.RequestInput body = Inputs.required(input);
        MemberRequest request = requests.requestAttachment(Params.uuid(body.entity, "entity"),
                body.reason);
        return Responses.created(uris.baseUrl() + "/api/my/requests/" + request.getUuid(),
                MyViews.RequestView.of(request), request.getVersion());
    }

    @DELETE
    @Path("requests/{id}")
    @Operation(summary = "Withdraw one of the caller's waiting requests (If-Match: version)")
    public Response withdraw(@PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch) {
        MemberRequest request = requests.withdraw(Params.uuid(id, "id"),
                Params.ifMatch(ifMatch));
        return Responses.changed(request.getVersion());
    }

    @GET
    @Path("articles")
    @Operation(summary = "The caller's articles with where each stands in review, latest"
            + " change first, one page at a time")
    public PageView<MyViews.ArticleView> articles(
            @Parameter(description = "The next value of the previous page")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size) {
        return PageView.of(articles.mine(Params.page(cursor, size)), MyViews.ArticleView::of);
    }

    @GET
    @Path("articles/{id}")
    @Operation(summary = "One of the caller's articles with its review steps")
    public Response article(@PathParam("id") String id) {
        MemberArticle article = articles.mine(Params.uuid(id, "id"));
        return Responses.found(MyViews.ArticleView.of(article),
                article.getArticle().getVersion());
    }

    @DELETE
    @Path("articles/{id}")
    @Operation(summary = "Delete one of the caller's drafts (If-Match: version)")
    public Response deleteArticle(@PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch) {
        articles.delete(Params.uuid(id, "id"), Params.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("articles/{id}/submission")
    @Operation(summary = "Send one of the caller's drafts for review (If-Match: version)")
    public Response submit(@PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch) {
        MemberArticle article = articles.submit(Params.uuid(id, "id"), Params.ifMatch(ifMatch));
        return Responses.found(MyViews.ArticleView.of(article),
                article.getArticle().getVersion());
    }
}
