package org.openxeco.content;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Problems;

/**
 * The rules an article's type imposes on its fields: only events carry event fields, only
 * job offers job fields, only services and tools a provider; an event has a start, an end
 * not before it and a known time zone.
 */
public final class ArticleRules {

    private ArticleRules() {
    }

    /** Refuses the article with every field that breaks its type's rules. */
    public static void checkTypeFields(Article article) {
        List<FieldError> errors = new ArrayList<>();
        ArticleType type = article.getType();
        if (type != ArticleType.EVENT && article.getEvent().isPresent()) {
            errors.add(Problems.field("event", "article.eventOnlyEvents"));
        }
        if (type != ArticleType.JOB_OFFER && article.getJob().isPresent()) {
            errors.add(Problems.field("job", "article.jobOnlyJobs"));
        }
        boolean offering = type == ArticleType.SERVICE || type == ArticleType.TOOL;
        if (!offering && article.getOffering().isPresent()) {
            errors.add(Problems.field("offering", "article.providerOnlyOfferings"));
        }
        if (type == ArticleType.EVENT) {
            checkEvent(article.getEvent().orElse(null), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void checkEvent(EventDetails event, List<FieldError> errors) {
        if (event == null || event.getStart() == null) {
            errors.add(Problems.field("event.start", "event.startNeeded"));
            return;
        }
        // An all-day event ends at the start of the day after its last day.
        boolean endsTooEarly = event.isAllDay()
                ? event.getEnd() != null && !event.getEnd().isAfter(event.getStart())
                : event.getEnd() != null && event.getEnd().isBefore(event.getStart());
        if (endsTooEarly) {
            errors.add(Problems.field("event.end", "event.endBeforeStart"));
        }
        if (event.getTimeZone() == null) {
            errors.add(Problems.field("event.timeZone", "event.timeZoneNeeded"));
        } else {
            try {
                ZoneId.of(event.getTimeZone());
            } catch (DateTimeException e) {
                errors.add(Problems.field("event.timeZone", "timeZone.unknown",
                        event.getTimeZone()));
            }
        }
    }
}
