package org.openxeco.network.sync;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleLink;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.content.Attendance;
import org.openxeco.content.EmploymentType;
import org.openxeco.content.EventDetails;
import org.openxeco.content.JobDetails;
import org.openxeco.content.OfferingDetails;
import org.openxeco.content.Slugs;
import org.openxeco.kernel.RichText;
import org.openxeco.network.catalogue.CatalogueFormatException;
import org.openxeco.network.catalogue.SchemaOrgMapping;
import org.openxeco.network.sync.ImportReference.Role;

/**
 * Reads a peer's schema.org article (NewsArticle, Event, JobPosting, Service or
 * SoftwareApplication) into a detached article, the inverse of
 * {@link SchemaOrgMapping#article}. Texts pass the node's HTML sanitiser; entities it
 * refers to become references by URI.
 */
final class ArticleReader {

    private ArticleReader() {
    }

    static Incoming<Article> read(JsonObject item) {
        return read(item, Ld.id(item), Ld.version(item));
    }

    /** Reads an item whose URI and version are given (or absent: null and 0). */
    static Incoming<Article> read(JsonObject item, String uri, long version) {
        List<String> types = Ld.types(item);
        ArticleType type = null;
        for (ArticleType candidate : ArticleType.values()) {
            if (types.contains(SchemaOrgMapping.articleType(candidate))) {
                type = candidate;
            }
        }
        if (type == null) {
            throw new CatalogueFormatException(uri + " is of no article type: "
                    + types);
        }
        Article a = new Article(type);
        a.setStatus(ArticleStatus.PUBLIC);
        a.setTitle(title(item, type));
        String slug = Ld.text(item, "alternateName");
        a.setSlug(slug != null ? slug : a.getTitle() == null ? null : Slugs.of(a.getTitle()));
        text(a, item);
        a.setPublishedAt(Ld.instant(item, "datePublished"));
        if (a.getPublishedAt() == null && type == ArticleType.JOB_OFFER) {
            // A job posting's publication is when it was posted: a date-time or a day.
            String posted = Ld.text(item, "datePosted");
            a.setPublishedAt(posted != null && posted.length() == 10
                    ? Ld.date(item, "datePosted").atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : Ld.instant(item, "datePosted"));
        }
        a.setLinks(Ld.objects(item, "relatedLink").stream().filter(l -> Ld.text(l, "url") != null)
                .map(l -> new ArticleLink(Ld.text(l, "linkRelationship") == null ? "website"
                        : Ld.text(l, "linkRelationship"), Ld.text(l, "url"), Ld.text(l, "name")))
                .toList());
        List<Incoming.Ref> refs = new ArrayList<>(EntityReader.Terms.of(item));
        entities(refs, item, type == ArticleType.EVENT ? "organizer" : "about", Role.RELATED);
        switch (type) {
            case EVENT -> a.setEvent(event(item));
            case JOB_OFFER -> {
                a.setJob(job(item));
                entities(refs, item, "hiringOrganization", Role.HIRING);
            }
            case SERVICE, TOOL -> {
                OfferingDetails offering = new OfferingDetails();
                offering.setUrl(Ld.text(item, "url"));
                a.setOffering(offering);
                entities(refs, item, "provider", Role.PROVIDER);
            }
            default -> {
            }
        }
        return new Incoming<>(uri, version, a, refs, null);
    }

    /** The title: name, else headline, else (as job postings have it) title. */
    private static String title(JsonObject item, ArticleType type) {
        String name = Ld.text(item, "name");
        if (name == null) {
            name = Ld.text(item, "headline");
        }
        return name == null && type == ArticleType.JOB_OFFER ? Ld.text(item, "title") : name;
    }

    private static void text(Article a, JsonObject item) {
        switch (a.getType()) {
            case NEWS -> {
                a.setSummary(Ld.text(item, "description"));
                a.setBody(RichText.sanitiseContributed(Ld.text(item, "articleBody")));
            }
            case TOOL -> {
                a.setSummary(Ld.text(item, "description"));
                a.setBody(RichText.sanitiseContributed(Ld.text(item, "text")));
            }
            default -> {
                a.setBody(RichText.sanitiseContributed(Ld.text(item, "description")));
                a.setSummary(Ld.text(item, "disambiguatingDescription"));
            }
        }
    }

    private static void entities(List<Incoming.Ref> refs, JsonObject item, String name,
            Role role) {
        for (JsonObject entity : Ld.objects(item, name)) {
            String uri = Ld.text(entity, "@id");
            if (uri != null) {
                refs.add(new Incoming.Ref(role, uri, Ld.text(entity, "name"), null));
            }
        }
    }

    /**
     * Start and end as written (an offset time, or a date for all-day events, whose end is
     * the last day), the schedule's time zone, attendance mode, place and registration.
     */
    private static EventDetails event(JsonObject item) {
        EventDetails e = new EventDetails();
        String zone = Ld.object(item, "eventSchedule").map(s -> Ld.text(s, "scheduleTimezone"))
                .orElse("UTC");
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e1) {
            throw new CatalogueFormatException("Unknown time zone " + zone, e1);
        }
        e.setTimeZone(zone);
        String start = Ld.text(item, "startDate");
        String end = Ld.text(item, "endDate");
        boolean allDay = start != null && start.length() == 10;
        e.setAllDay(allDay);
        try {
            if (start != null) {
                e.setStart(allDay ? LocalDate.parse(start).atStartOfDay(zoneId).toInstant()
                        : OffsetDateTime.parse(start).toInstant());
            }
            if (end != null) {
                e.setEnd(allDay ? LocalDate.parse(end.substring(0, 10)).plusDays(1)
                        .atStartOfDay(zoneId).toInstant() : OffsetDateTime.parse(end).toInstant());
            }
        } catch (DateTimeException ex) {
            throw new CatalogueFormatException("Bad event dates " + start + " / " + end, ex);
        }
        String mode = Ld.text(item, "eventAttendanceMode");
        if (mode != null) {
            for (Attendance attendance : Attendance.values()) {
                if (mode.endsWith(SchemaOrgMapping.attendanceMode(attendance))) {
                    e.setAttendance(attendance);
                }
            }
        }
        Ld.object(item, "location").ifPresent(place -> {
            e.setVenue(Ld.text(place, "name"));
            Ld.object(place, "address").ifPresent(address -> {
                e.setCity(Ld.text(address, "addressLocality"));
                String country = Ld.text(address, "addressCountry");
                e.setCountryCode(country == null ? null : country.toUpperCase(Locale.ROOT));
            });
        });
        Ld.object(item, "offers").ifPresent(offer -> e.setRegistrationUrl(Ld.text(offer, "url")));
        return e;
    }

    private static JobDetails job(JsonObject item) {
        JobDetails j = new JobDetails();
        j.setClosingDate(Ld.date(item, "validThrough"));
        String employment = Ld.text(item, "employmentType");
        if (employment != null) {
            for (EmploymentType type : EmploymentType.values()) {
                if (SchemaOrgMapping.employmentType(type).equalsIgnoreCase(employment)) {
                    j.setEmploymentType(type);
                }
            }
        }
        j.setLocation(Ld.object(item, "jobLocation").map(ArticleReader::jobAddress)
                .orElse(null));
        return j;
    }

    /** A job's place as text: its address written as text, or a PostalAddress's parts. */
    private static String jobAddress(JsonObject place) {
        return Ld.object(place, "address").map(a -> Stream.of("streetAddress", "postalCode",
                "addressLocality", "addressRegion", "addressCountry").map(p -> Ld.text(a, p))
                .filter(t -> t != null).collect(Collectors.joining(", ")))
                .filter(t -> !t.isEmpty()).orElseGet(() -> Ld.text(place, "address"));
    }
}
