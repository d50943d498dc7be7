package org.openxeco.rest.feeds;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.openxeco.feeds.ingest.CheckOutcome;
import org.openxeco.feeds.ingest.FeedIngestService;
import org.openxeco.feeds.ingest.FeedSubscription;
import org.openxeco.kernel.NodeUris;
import org.openxeco.rest.Inputs;
import org.openxeco.rest.Params;
import org.openxeco.rest.Responses;

/**
 * RSS and Atom feeds the node subscribes to (admin): each new item of a feed becomes a
 * draft news article for review. A feed that cannot be read is refused naming {@code url}.
 */
@Path("admin/feed-subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
public class FeedSubscriptionsResource {

    private static final int DEFAULT_ITEMS = 50;

    @Inject
    FeedIngestService feeds;

    @Inject
    NodeUris uris;

    /** The address of a feed to subscribe to. */
    public static class FeedAddress {
        public String url;
    }

    /** A feed's own check interval, or null for the node's default. */
    public static class FeedInterval {
        public String checkInterval;
    }

    @GET
    @Operation(summary = "Every feed subscription with its state (admin)")
    public List<FeedSubscriptionView> list() {
        return feeds.list().stream().map(FeedSubscriptionView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to an RSS or Atom feed, read once first; its items become"
            + " drafts (admin)")
    public Response subscribe(FeedAddress input) {
        FeedSubscription created = feeds.subscribe(Inputs.required(input).url);
        return Responses.created(location(created.getUuid()),
                FeedSubscriptionView.of(feeds.get(created.getUuid())), created.getVersion());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One feed subscription (admin)")
    public FeedSubscriptionView get(@PathParam("id") String id) {
        return FeedSubscriptionView.of(feeds.get(Params.uuid(id, "id")));
    }

    @POST
    @Path("{id}/check")
    @Operation(summary = "Check the feed now and import its new items as drafts (admin)")
    public Map<String, Object> check(@PathParam("id") String id) {
        CheckOutcome outcome = feeds.check(Params.uuid(id, "id"));
        return outcome.problem() == null
                ? Map.of("state", wire(outcome.state()), "imported", outcome.imported())
                : Map.of("state", wire(outcome.state()), "imported", outcome.imported(),
                        "problem", wire(outcome.problem()),
                        "detail", outcome.detail() == null ? "" : outcome.detail());
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Stop the scheduled checks of the feed (admin)")
    public FeedSubscriptionView pause(@PathParam("id") String id) {
        UUID uuid = Params.uuid(id, "id");
        feeds.pause(uuid);
        return FeedSubscriptionView.of(feeds.get(uuid));
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume the scheduled checks of the feed (admin)")
    public FeedSubscriptionView resume(@PathParam("id") String id) {
        UUID uuid = Params.uuid(id, "id");
        feeds.resume(uuid);
        return FeedSubscriptionView.of(feeds.get(uuid));
    }

    @PUT
    @Path("{id}/check-interval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the feed a check interval of its own (ISO-8601, PT5M to P30D);"
            + " null or blank returns it to the node's default (admin)")
    public FeedSubscriptionView interval(@PathParam("id") String id, FeedInterval input) {
        UUID uuid = Params.uuid(id, "id");
        feeds.setCheckInterval(uuid, Inputs.required(input).checkInterval);
        return FeedSubscriptionView.of(feeds.get(uuid));
    }

    @GET
    @Path("{id}/items")
    @Operation(summary = "The items read from the feed, newest first (admin)")
    public List<FeedItemView> items(@PathParam("id") String id,
            @QueryParam("limit") Integer limit) {
        return feeds.recentItems(Params.uuid(id, "id"), limit == null ? DEFAULT_ITEMS : limit)
                .stream().map(FeedItemView::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "End the subscription; the drafts it brought stay (admin)")
    public Response unsubscribe(@PathParam("id") String id) {
        feeds.unsubscribe(Params.uuid(id, "id"));
        return Response.noContent().build();
    }

    private String location(UUID uuid) {
        return uris.baseUrl() + "/api/admin/feed-subscriptions/" + uuid;
    }

    private static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
