package org.openxeco.rest.feeds;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.openxeco.content.ArticleType;
import org.openxeco.feeds.ArticleFeeds;
import org.openxeco.feeds.ArticleFeeds.Format;
import org.openxeco.feeds.EntityCard;
import org.openxeco.feeds.EventCalendar;
import org.openxeco.feeds.FeedSource;
import org.openxeco.rest.Params;

/**
 * Feeds of what the public site shows: RSS 2.0 and Atom of news and open job offers,
 * iCalendar of events (all or one), vCard of an entity. Titles follow Accept-Language
 * (English, French or German).
 */
@Path("feeds")
@RequestScoped
@Tag(name = "Feeds", description = "RSS, Atom, iCalendar and vCard of public objects")
public class FeedsResource {

    static final String RSS = "application/rss+xml; charset=UTF-8";
    static final String ATOM = "application/atom+xml; charset=UTF-8";
    static final String CALENDAR = "text/calendar; charset=UTF-8";
    static final String VCARD = "text/vcard; charset=UTF-8";
    private static final String TAG = "Taxonomy value as scheme:code or UUID; its subtree"
            + " is included";

    @Inject
    ArticleFeeds feeds;

    @Inject
    EventCalendar calendar;

    @Inject
    EntityCard cards;

    @Inject
    FeedSource source;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("news.rss")
    @Produces(RSS)
    @Operation(summary = "RSS 2.0 feed of the newest public news")
    public Response newsRss(@Parameter(description = TAG) @QueryParam("tag") String tag) {
        return feed(ArticleType.NEWS, tag, Format.RSS, RSS);
    }

    @GET
    @Path("news.atom")
    @Produces(ATOM)
    @Operation(summary = "Atom feed of the newest public news")
    public Response newsAtom(@Parameter(description = TAG) @QueryParam("tag") String tag) {
        return feed(ArticleType.NEWS, tag, Format.ATOM, ATOM);
    }

    @GET
    @Path("jobs.rss")
    @Produces(RSS)
    @Operation(summary = "RSS 2.0 feed of the newest open job offers")
    public Response jobsRss(@Parameter(description = TAG) @QueryParam("tag") String tag) {
        return feed(ArticleType.JOB_OFFER, tag, Format.RSS, RSS);
    }

    @GET
    @Path("jobs.atom")
    @Produces(ATOM)
    @Operation(summary = "Atom feed of the newest open job offers")
    public Response jobsAtom(@Parameter(description = TAG) @QueryParam("tag") String tag) {
        return feed(ArticleType.JOB_OFFER, tag, Format.ATOM, ATOM);
    }

    @GET
    @Path("events.ics")
    @Produces(CALENDAR)
    @Operation(summary = "iCalendar of the public events", description = "The next hundred"
            + " events that have not ended and the last hundred that have.")
    public Response events(@Parameter(description = TAG) @QueryParam("tag") String tag) {
        Optional<String> reference = reference(tag);
        if (reference.isPresent()
                && source.tag(ArticleType.EVENT, reference.get()).isEmpty()) {
            return FeedAnswers.unknownTag(reference.get(), uri);
        }
        return FeedAnswers.answer(calendar.calendar(reference, FeedAnswers.language(headers)),
                CALENDAR, request, headers);
    }

    @GET
    @Path("events/{id}.ics")
    @Produces(CALENDAR)
    @Operation(summary = "iCalendar of one public event")
    public Response event(@PathParam("id") String id) {
        return FeedAnswers.answer(calendar.event(Params.uuid(id, "id"),
                FeedAnswers.language(headers)), CALENDAR, request, headers);
    }

    @GET
    @Path("entities/{id}.vcf")
    @Produces(VCARD)
    @Operation(summary = "vCard 4.0 of one public entity")
    public Response entity(@PathParam("id") String id) {
        return FeedAnswers.answer(cards.card(Params.uuid(id, "id"),
                FeedAnswers.language(headers)), VCARD, request, headers);
    }

    private Response feed(ArticleType type, String tag, Format format, String mediaType) {
        Optional<String> reference = reference(tag);
        if (reference.isPresent() && source.tag(type, reference.get()).isEmpty()) {
            return FeedAnswers.unknownTag(reference.get(), uri);
        }
        return FeedAnswers.answer(feeds.feed(type, reference, format,
                FeedAnswers.language(headers)), mediaType, request, headers);
    }

    private static Optional<String> reference(String tag) {
        return Optional.ofNullable(tag).map(String::strip).filter(t -> !t.isEmpty());
    }
}
