package org.openxeco.content;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.Roles;
import org.openxeco.media.CsvCells;
import org.openxeco.media.CsvExport;
import org.openxeco.taxonomy.TagTexts;

/**
 * Exports the articles matching a filter as CSV, in the order of the given sort: the same
 * rows {@link ArticleService#list} shows the caller (unpublished ones for staff only), read
 * one page at a time. Pages are read without a common transaction, so an article changed
 * during a long export may show in its old or its new place. The file carries every field
 * an administrator can set, so {@link ArticleCsvImport} reads it back.
 */
@Stateless
public class ArticleCsv {

    /**
     * The columns, in order. Event, job and offering columns are empty for other types;
     * entities are named by UUID. Multi-valued cells join their values with {@code " | "}
     * (see {@link CsvCells}); the link columns are parallel lists, one position per link.
     */
    public static final List<String> HEADER = List.of("uuid", "version", "type", "status",
            "title", "slug", "summary", "body", "published_at", "link_kinds", "link_urls",
            "link_labels", "event_start", "event_end", "event_time_zone", "event_all_day",
            "event_attendance", "event_venue", "event_city", "event_country_code",
            "event_country_name", "event_registration_url", "event_cfp_url", "event_cfp_end",
            "job_hiring_entity", "job_employment_type", "job_location", "job_closing_date",
            "offering_provider", "offering_url", "related_entities", "tags", "shared",
            "updated");

    @Inject
    ArticleService articles;

    @Inject
    NodeUris uris;

    @Resource
    SessionContext context;

    /**
     * Writes every matching article to the stream in UTF-8, behind a byte order mark if
     * asked (some spreadsheets need it to read UTF-8). Returns the number of rows written.
     * Entities that are not public are left out of the cells unless the caller is staff.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long write(ArticleFilter filter, ArticleSort sort, OutputStream out,
            boolean byteOrderMark) {
        boolean staff = Roles.isAdmin(context);
        return CsvExport.write(out, byteOrderMark, HEADER,
                page -> articles.list(filter, sort, page), a -> row(uris, a, staff));
    }

    /** The cells of an article, in the order of {@link #HEADER}. */
    static List<?> row(NodeUris uris, Article a, boolean staff) {
        Function<Organisation, Object> entity = o -> o == null || !(staff || o.isPublic())
                ? null : o.getUuid();
        EventDetails event = a.getEvent().orElse(null);
        EventDetails e = event == null ? new EventDetails() : event;
        JobDetails job = a.getJob().orElseGet(JobDetails::new);
        OfferingDetails offering = a.getOffering().orElseGet(OfferingDetails::new);
        List<ArticleLink> links = a.getLinks();
        return Arrays.asList(a.getUuid(), a.getVersion(), a.getType(), a.getStatus(),
                a.getTitle(), a.getSlug(), a.getSummary(), a.getBody(), a.getPublishedAt(),
                CsvCells.join(links.stream().map(ArticleLink::getKind).toList()),
                CsvCells.join(links.stream().map(ArticleLink::getUrl).toList()),
                CsvCells.join(links.stream().map(ArticleLink::getLabel).toList()),
                e.getStart(), e.getEnd(), e.getTimeZone(), event == null ? null : e.isAllDay(),
                e.getAttendance(), e.getVenue(), e.getCity(), e.getCountryCode(),
                e.getCountryName(), e.getRegistrationUrl(), e.getCfpUrl(), e.getCfpEnd(),
                entity.apply(job.getHiringEntity()), job.getEmploymentType(), job.getLocation(),
                job.getClosingDate(), entity.apply(offering.getProvider()), offering.getUrl(),
                CsvCells.join(a.getRelatedEntities().stream().map(entity)
                        .filter(Objects::nonNull).map(Objects::toString).sorted().toList()),
                CsvCells.join(a.getTags().stream().map(t -> TagTexts.text(uris, t)).sorted()
                        .toList()),
                a.getShared(), a.getUpdated());
    }
}
