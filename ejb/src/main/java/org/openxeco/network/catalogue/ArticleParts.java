package org.openxeco.network.catalogue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.json.JsonObjectBuilder;

import org.openxeco.content.Attendance;
import org.openxeco.content.EmploymentType;
import org.openxeco.content.EventDetails;
import org.openxeco.content.JobDetails;
import org.openxeco.content.OfferingDetails;
import org.openxeco.kernel.Jsonp;

/** Writes the fields one article type adds: event, job offer, or service and tool. */
final class ArticleParts {

    private static final String MODES = SchemaOrgMapping.CONTEXT;

    private final SchemaOrgMapping mapping;

    ArticleParts(SchemaOrgMapping mapping) {
        this.mapping = mapping;
    }

    /**
     * When, in the event's own time zone: start and end with that zone's offset, or the
     * first and last day of an all-day event, and the zone's name as the time zone of the
     * event's schedule. Then where (a Place), how to attend, and the registration address
     * as the URL of an offer.
     */
    void event(JsonObjectBuilder json, EventDetails e) {
        ZoneId zone = ZoneId.of(e.getTimeZone() == null ? "UTC" : e.getTimeZone());
        if (e.getStart() != null) {
            json.add("startDate", e.isAllDay() ? day(e.getStart(), zone, 0)
                    : moment(e.getStart(), zone));
        }
        if (e.getEnd() != null) {
            // An all-day event ends at the start of the day after its last day.
            json.add("endDate", e.isAllDay() ? day(e.getEnd(), zone, 1) : moment(e.getEnd(),
                    zone));
        }
        json.add("eventSchedule", Jsonp.createObjectBuilder().add("@type", "Schedule")
                .add("scheduleTimezone", zone.getId()));
        if (e.getAttendance() != null) {
            json.add("eventAttendanceMode", MODES + attendanceMode(e.getAttendance()));
        }
        if (e.getVenue() != null || e.getCity() != null || e.getCountryCode() != null) {
            JsonObjectBuilder place = Jsonp.createObjectBuilder().add("@type", "Place");
            SchemaOrgMapping.put(place, "name", e.getVenue());
            JsonObjectBuilder address = Jsonp.createObjectBuilder().add("@type", "PostalAddress");
            SchemaOrgMapping.put(address, "addressLocality", e.getCity());
            SchemaOrgMapping.put(address, "addressCountry", e.getCountryCode());
            json.add("location", place.add("address", address));
        }
        if (e.getRegistrationUrl() != null) {
            json.add("offers", Jsonp.createObjectBuilder().add("@type", "Offer")
                    .add("url", e.getRegistrationUrl()));
        }
    }

    /**
     * Who hires, when the offer was posted (its publication) and until when it runs, the
     * kind of contract in the words schema.org suggests, and where the work is.
     */
    void job(JsonObjectBuilder json, JobDetails j, Instant posted) {
        mapping.reference(j.getHiringEntity()).ifPresent(r -> json.add("hiringOrganization", r));
        SchemaOrgMapping.put(json, "datePosted", posted);
        if (j.getClosingDate() != null) {
            json.add("validThrough", j.getClosingDate().toString());
        }
        if (j.getEmploymentType() != null) {
            json.add("employmentType", employmentType(j.getEmploymentType()));
        }
        if (j.getLocation() != null && !j.getLocation().isBlank()) {
            json.add("jobLocation", Jsonp.createObjectBuilder().add("@type", "Place")
                    .add("address", j.getLocation()));
        }
    }

    /** The provider of a service or tool, and its address as {@code url}. */
    void offering(JsonObjectBuilder json, OfferingDetails o) {
        mapping.reference(o.getProvider()).ifPresent(r -> json.add("provider", r));
        SchemaOrgMapping.put(json, "url", o.getUrl());
    }

    static String attendanceMode(Attendance attendance) {
        return switch (attendance) {
            case ON_SITE -> "OfflineEventAttendanceMode";
            case ONLINE -> "OnlineEventAttendanceMode";
            case HYBRID -> "MixedEventAttendanceMode";
        };
    }

    static String employmentType(EmploymentType type) {
        return switch (type) {
            case FULL_TIME -> "FULL_TIME";
            case PART_TIME -> "PART_TIME";
            case CONTRACT -> "CONTRACTOR";
            case TEMPORARY -> "TEMPORARY";
            case INTERNSHIP -> "INTERN";
            case VOLUNTEER -> "VOLUNTEER";
            case OTHER -> "OTHER";
        };
    }

    private static String moment(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    private static String day(Instant instant, ZoneId zone, int daysBack) {
        ZonedDateTime local = instant.atZone(zone);
        return local.toLocalDate().minusDays(daysBack).toString();
    }
}
