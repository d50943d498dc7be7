package org.openxeco.content;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.openxeco.media.CsvExport;

/**
 * Exports the articles matching a filter as CSV, in the order of the given sort: the same
 * rows {@link ArticleService#list} shows the caller (unpublished ones for staff only), read
 * one page at a time. Pages are read without a common transaction, so an article changed
 * during a long export may show in its old or its new place.
 */
@Stateless
public class ArticleCsv {

    /** The columns, in order. Event columns are empty for other types. */
    public static final List<String> HEADER = List.of("uuid", "type", "status", "title",
            "published_at", "event_start", "event_end", "event_time_zone", "event_city",
            "event_country", "tags", "updated");

    @Inject
    ArticleService articles;

    /**
     * Writes every matching article to the stream in UTF-8, behind a byte order mark if
     * asked (some spreadsheets need it to read UTF-8). Returns the number of rows written.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long write(ArticleFilter filter, ArticleSort sort, OutputStream out,
            boolean byteOrderMark) {
        return CsvExport.write(out, byteOrderMark, HEADER,
                page -> articles.list(filter, sort, page), ArticleCsv::row);
    }

    static List<?> row(Article a) {
        EventDetails event = a.getEvent().orElseGet(EventDetails::new);
        return Arrays.asList(a.getUuid(), a.getType(), a.getStatus(), a.getTitle(),
                a.getPublishedAt(), event.getStart(), event.getEnd(), event.getTimeZone(),
                event.getCity(), event.getCountryCode(),
                CsvExport.joined(a.getTags().stream()
                        .map(t -> t.getScheme().getCode() + ":" + t.getCode()).sorted()
                        .toList()),
                a.getUpdated());
    }
}
