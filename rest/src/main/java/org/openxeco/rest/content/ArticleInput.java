package org.openxeco.rest.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.JsonValue;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleLink;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.content.Attendance;
import org.openxeco.content.EmploymentType;
import org.openxeco.content.EventDetails;
import org.openxeco.content.JobDetails;
import org.openxeco.content.OfferingDetails;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InputErrors;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.rest.ApiEnums;
import org.openxeco.rest.Inputs;
import org.openxeco.rest.Params;
import org.openxeco.rest.TagInputs;
import org.openxeco.rest.platform.AnsweredAs;
import org.openxeco.taxonomy.TagTexts;

/**
 * The body of a create or update of an article. Dates and enum values arrive as text so
 * that each unreadable one is reported with its field name.
 */
@AnsweredAs(ArticleView.class)
public class ArticleInput {

    public Long version;
    public String type;
    public String status;
    public String title;
    public String slug;
    public String summary;
    public String body;
    public String publishedAt;
    public List<LinkInput> links;
    /** Entities by id, or as the API answers with them. */
    public List<JsonValue> relatedEntities;
    /** Taxonomy values by id, or as the API answers with them. */
    public List<JsonValue> tags;
    public EventInput event;
    public JobInput job;
    public OfferingInput offering;

    /** A link from the article. */
    public static class LinkInput {
        public String kind;
        public String url;
        public String label;
    }

    /**
     * Event fields. {@code start} and {@code end} are ISO date-times with offset, or plain
     * dates when {@code allDay} is true (the end date is then the last day, inclusive).
     */
    public static class EventInput {
        public String start;
        public String end;
        public String timeZone;
        public Boolean allDay;
        public String attendance;
        public String venue;
        public String city;
        public String country;
        public String countryName;
        public String registrationUrl;
        public String cfpUrl;
        public String cfpEnd;
    }

    /** Job offer fields. */
    public static class JobInput {
        public JsonValue hiringEntity;
        public String employmentType;
        public String location;
        public String closingDate;
    }

    /** Service or tool fields. */
    public static class OfferingInput {
        public JsonValue provider;
        public String url;
    }

    /**
     * The article described by this input; each field that cannot be read is an error kept,
     * except the type, without which nothing else is read.
     */
    public Article toArticle(InputErrors found) {
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            throw new InvalidInputException("type", "The type is required: news, event,"
                    + " job-offer, service or tool");
        }
        ArticleType articleType = ApiEnums.parse(ArticleType.class, type, "type");
        Article article = new Article(articleType);
        article.setTitle(title);
        article.setStatus(status == null ? ArticleStatus.DRAFT
                : Inputs.read(() -> ApiEnums.parse(ArticleStatus.class, status, "status"), errors));
        article.setSlug(slug);
        article.setSummary(summary);
        article.setBody(body);
        article.setPublishedAt(publishedAt == null ? null
                : Inputs.read(() -> instant(publishedAt, "publishedAt"), errors));
        List<ArticleLink> linkList = new ArrayList<>();
        for (int i = 0; links != null && i < links.size(); i++) {
            LinkInput link = links.get(i);
            if (link == null) {
                errors.add(new FieldError("links[" + i + "]", "must not be null"));
            } else {
                linkList.add(new ArticleLink(link.kind, link.url, link.label));
            }
        }
        article.setLinks(linkList);
        if (event != null) {
            article.setEvent(event(errors));
        }
        if (job != null) {
            JobDetails details = new JobDetails();
            details.setEmploymentType(job.employmentType == null ? null : Inputs.read(() ->
                    ApiEnums.parse(EmploymentType.class, job.employmentType,
                            "job.employmentType"), errors));
            details.setLocation(job.location);
            details.setClosingDate(job.closingDate == null ? null
                    : Inputs.read(() -> date(job.closingDate, "job.closingDate"), errors));
            article.setJob(details);
        }
        if (offering != null) {
            OfferingDetails details = new OfferingDetails();
            details.setUrl(offering.url);
            article.setOffering(details);
        }
        found.addAll(errors);
        return article;
    }

    /**
     * The objects the article points to, each UUID checked; tags may also be given as CSV
     * files write them.
     */
    public ArticleReferences references(TagTexts texts, InputErrors found) {
        List<FieldError> errors = new ArrayList<>();
        List<UUID> tagIds = TagInputs.ids(tags, "tags", texts, found);
        List<UUID> related = Inputs.references(relatedEntities, "relatedEntities", found);
        Optional<UUID> hiring = job == null || isNull(job.hiringEntity) ? Optional.empty()
                : Optional.ofNullable(Inputs.read(() -> Inputs.reference(job.hiringEntity,
                        "job.hiringEntity"), errors));
        Optional<UUID> provider = offering == null || isNull(offering.provider)
                ? Optional.empty()
                : Optional.ofNullable(Inputs.read(() -> Inputs.reference(offering.provider,
                        "offering.provider"), errors));
        found.addAll(errors);
        return new ArticleReferences(tagIds, related, hiring, provider);
    }

    private static boolean isNull(JsonValue value) {
        return value == null || value == JsonValue.NULL;
    }

    private EventDetails event(List<FieldError> errors) {
        EventDetails details = new EventDetails();
        boolean allDay = Boolean.TRUE.equals(event.allDay);
        String zoneText = event.timeZone == null ? "UTC" : event.timeZone;
        ZoneId read = Inputs.read(() -> zone(zoneText), errors);
        // With an unknown zone the times are still read, so that their own faults are named.
        ZoneId zone = read == null ? ZoneOffset.UTC : read;
        details.setTimeZone(zoneText);
        details.setAllDay(allDay);
        if (event.start != null) {
            details.setStart(Inputs.read(() -> allDay
                    ? dayBoundary(event.start, "event.start", zone, false)
                    : instant(event.start, "event.start"), errors));
        }
        if (event.end != null) {
            details.setEnd(Inputs.read(() -> allDay
                    ? dayBoundary(event.end, "event.end", zone, true)
                    : instant(event.end, "event.end"), errors));
        }
        details.setAttendance(event.attendance == null ? null : Inputs.read(() ->
                ApiEnums.parse(Attendance.class, event.attendance, "event.attendance"), errors));
        details.setVenue(event.venue);
        details.setCity(event.city);
        details.setCountryCode(event.country);
        details.setCountryName(event.countryName);
        details.setRegistrationUrl(event.registrationUrl);
        details.setCfpUrl(event.cfpUrl);
        details.setCfpEnd(event.cfpEnd == null ? null
                : Inputs.read(() -> date(event.cfpEnd, "event.cfpEnd"), errors));
        return details;
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new InvalidInputException("event.timeZone", "Unknown time zone '" + text
                    + "'; use an IANA name such as Europe/Luxembourg");
        }
    }

    private static Instant instant(String text, String field) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(text);
            Params.checkYear(time.getYear(), field);
            return time.toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "'" + text
                    + "' is not a date-time with offset, such as 2026-05-04T09:30:00+02:00");
        }
    }

    /**
     * Where a day of an all-day event starts, or where its last day ends: from a date (the
     * last day itself for the end), or from a midnight of the event's zone as a read of the
     * event answers with it (the end then being the midnight after the last day).
     */
    private static Instant dayBoundary(String text, String field, ZoneId zone, boolean end) {
        try {
            LocalDate date = date(text, field);
            return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
        } catch (InvalidInputException notADate) {
            try {
                OffsetDateTime time = OffsetDateTime.parse(text);
                if (time.atZoneSameInstant(zone).toLocalTime().equals(LocalTime.MIDNIGHT)) {
                    Params.checkYear(time.getYear(), field);
                    return time.toInstant();
                }
            } catch (DateTimeException notATime) {
                // Neither: the date's refusal says what is expected.
            }
            throw notADate;
        }
    }

    private static LocalDate date(String text, String field) {
        try {
            LocalDate date = LocalDate.parse(text);
            Params.checkYear(date.getYear(), field);
            return date;
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
