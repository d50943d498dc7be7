package org.openxeco.web.site;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.content.Article;
import org.openxeco.content.EventDetails;
import org.openxeco.web.ui.Preferences;

/**
 * Formats the public site's dates in the visitor's language and time zone. All-day events
 * keep the days of their own zone, since a day is not an instant.
 */
@Named
@RequestScoped
public class SiteDates {

    @Inject
    Preferences preferences;

    @Inject
    SiteZone zone;

    /** Date and time of an instant in the visitor's zone. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTimes().format(instant.atZone(zone.zone()));
    }

    /** The day of an instant in the visitor's zone. */
    public String date(Instant instant) {
        return instant == null ? "" : days().format(instant.atZone(zone.zone()));
    }

    /** A calendar day. */
    public String day(LocalDate date) {
        return date == null ? "" : days().format(date);
    }

    /** Whether an article's event has times (shown in the visitor's zone) rather than days. */
    public boolean timed(Article article) {
        return article.getEvent().map(e -> !e.isAllDay() && e.getStart() != null)
                .orElse(false);
    }

    /** When an event takes place: times in the visitor's zone, or days for all-day events. */
    public String when(Article article) {
        return article.getEvent().map(this::when).orElse("");
    }

    private String when(EventDetails event) {
        if (event.getStart() == null) {
            return "";
        }
        if (event.isAllDay()) {
            ZoneId own = own(event);
            LocalDate first = event.getStart().atZone(own).toLocalDate();
            LocalDate last = event.getEnd() == null ? first
                    : event.getEnd().atZone(own).toLocalDate().minusDays(1);
            return last.isAfter(first) ? day(first) + " – " + day(last) : day(first);
        }
        ZonedDateTime start = event.getStart().atZone(zone.zone());
        if (event.getEnd() == null) {
            return dateTimes().format(start);
        }
        ZonedDateTime end = event.getEnd().atZone(zone.zone());
        String until = end.toLocalDate().equals(start.toLocalDate())
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(preferences.getLocale()).format(end)
                : dateTimes().format(end);
        return dateTimes().format(start) + " – " + until;
    }

    private static ZoneId own(EventDetails event) {
        try {
            return event.getTimeZone() == null ? ZoneId.of("UTC") : ZoneId.of(event.getTimeZone());
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private DateTimeFormatter dateTimes() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(preferences.getLocale());
    }

    private DateTimeFormatter days() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(preferences.getLocale());
    }
}
