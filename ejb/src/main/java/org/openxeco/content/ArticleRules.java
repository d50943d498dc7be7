package org.openxeco.content;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;

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
            errors.add(new FieldError("event", "Only events have event fields"));
        }
        if (type != ArticleType.JOB_OFFER && article.getJob().isPresent()) {
            errors.add(new FieldError("job", "Only job offers have job fields"));
        }
        boolean offering = type == ArticleType.SERVICE || type == ArticleType.TOOL;
        if (!offering && article.getOffering().isPresent()) {
            errors.add(new FieldError("offering", "Only services and tools have a provider"));
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
            errors.add(new FieldError("event.start", "An event needs a start"));
            return;
        }
        // An all-day event ends at the start of the day after its last day.
        boolean endsTooEarly = event.isAllDay()
                ? event.getEnd() != null && !event.getEnd().isAfter(event.getStart())
                : event.getEnd() != null && event.getEnd().isBefore(event.getStart());
        if (endsTooEarly) {
            errors.add(new FieldError("event.end", "The end lies before the start"));
        }
        if (event.getTimeZone() == null) {
            errors.add(new FieldError("event.timeZone", "An event needs a time zone"));
        } else {
            try {
                ZoneId.of(event.getTimeZone());
            } catch (DateTimeException e) {
                errors.add(new FieldError("event.timeZone",
                        "Unknown time zone " + event.getTimeZone()));
            }
        }
    }
}
