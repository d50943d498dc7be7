package org.openxeco.rest.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.openxeco.content.Article;
import org.openxeco.content.EventDetails;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.NodeUris;
import org.openxeco.rest.ApiEnums;
import org.openxeco.rest.TagView;

/** An article on the wire; the parts of the other types are null. */
@JsonbPropertyOrder({"id", "uri", "version", "created", "updated", "type", "status", "title",
        "slug", "summary", "body", "publishedAt", "links", "relatedEntities", "tags", "event",
        "job", "offering", "origin"})
public record ArticleView(UUID id, String uri, long version, Instant created, Instant updated,
        String type, String status, String title, String slug, String summary, String body,
        Instant publishedAt, List<LinkView> links, List<EntityRef> relatedEntities,
        List<TagView> tags, EventView event, JobView job, OfferingView offering,
        String origin) {

    /** A link on the wire. */
    public record LinkView(String kind, String url, String label) {
    }

    /** A reference to an entity: its UUID, URI and name. */
    public record EntityRef(UUID id, String uri, String name) {
        static EntityRef of(Organisation o, NodeUris uris, boolean staff) {
            return o == null || !(staff || o.isPublic()) ? null
                    : new EntityRef(o.getUuid(), uris.entity(o.getUuid()), o.getName());
        }
    }

    /**
     * Event fields. Start and end are shown in the event's time zone; all-day events also
     * give their first and last day.
     */
    @JsonbPropertyOrder({"start", "end", "timeZone", "allDay", "startDate", "endDate",
            "attendance", "venue", "city", "country", "countryName", "registrationUrl",
            "cfpUrl", "cfpEnd"})
    public record EventView(OffsetDateTime start, OffsetDateTime end, String timeZone,
            boolean allDay, LocalDate startDate, LocalDate endDate, String attendance,
            String venue, String city, String country, String countryName,
            String registrationUrl, String cfpUrl, LocalDate cfpEnd) {

        static EventView of(EventDetails e) {
            ZoneId zone = ZoneId.of(e.getTimeZone() == null ? "UTC" : e.getTimeZone());
            OffsetDateTime start = e.getStart() == null ? null
                    : e.getStart().atZone(zone).toOffsetDateTime();
            OffsetDateTime end = e.getEnd() == null ? null
                    : e.getEnd().atZone(zone).toOffsetDateTime();
            LocalDate startDate = e.isAllDay() && start != null ? start.toLocalDate() : null;
            LocalDate endDate = e.isAllDay() && end != null ? end.toLocalDate().minusDays(1)
                    : null;
            return new EventView(start, end, e.getTimeZone(), e.isAllDay(), startDate, endDate,
                    ApiEnums.name(e.getAttendance()), e.getVenue(), e.getCity(),
                    e.getCountryCode(), e.getCountryName(), e.getRegistrationUrl(),
                    e.getCfpUrl(), e.getCfpEnd());
        }
    }

    /** Job offer fields. */
    @JsonbPropertyOrder({"hiringEntity", "employmentType", "location", "closingDate"})
    public record JobView(EntityRef hiringEntity, String employmentType, String location,
            LocalDate closingDate) {
    }

    /** Service or tool fields. */
    public record OfferingView(EntityRef provider, String url) {
    }

    /**
     * The article as the caller may see it: entities it refers to that are not public are
     * left out unless the caller is staff.
     */
    public static ArticleView of(Article a, NodeUris uris, boolean staff) {
        return new ArticleView(a.getUuid(), uris.article(a.getUuid()), a.getVersion(),
                a.getCreated(), a.getUpdated(), ApiEnums.name(a.getType()),
                ApiEnums.name(a.getStatus()), a.getTitle(), a.getSlug(), a.getSummary(),
                a.getBody(), a.getPublishedAt(),
                a.getLinks().stream().map(l -> new LinkView(l.getKind(), l.getUrl(),
                        l.getLabel())).toList(),
                a.getRelatedEntities().stream().map(o -> EntityRef.of(o, uris, staff))
                        .filter(Objects::nonNull).toList(),
                TagView.of(a.getTags(), uris),
                a.getEvent().map(EventView::of).orElse(null),
                a.getJob().map(j -> new JobView(EntityRef.of(j.getHiringEntity(), uris, staff),
                        ApiEnums.name(j.getEmploymentType()), j.getLocation(),
                        j.getClosingDate())).orElse(null),
                a.getOffering().map(o -> new OfferingView(EntityRef.of(o.getProvider(), uris, staff),
                        o.getUrl())).orElse(null),
                a.getOriginUri().orElse(null));
    }
}
