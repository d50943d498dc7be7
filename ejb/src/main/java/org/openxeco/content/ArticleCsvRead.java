package org.openxeco.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openxeco.media.CsvCellReader;
import org.openxeco.taxonomy.TagTexts;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Reads an article and its references from the cells of one row in the format of
 * {@link ArticleCsv}. Only what cannot be read is reported here; the rules of articles are
 * left to {@link ArticleService}.
 */
final class ArticleCsvRead {

    private static final List<String> EVENT = List.of("event_start", "event_end",
            "event_time_zone", "event_all_day", "event_attendance", "event_venue", "event_city",
            "event_country_code", "event_country_name", "event_registration_url",
            "event_cfp_url", "event_cfp_end");

    private ArticleCsvRead() {
    }

    /** The article of the row, or null when it names no readable type. */
    static Article article(CsvCellReader cells) {
        ArticleType type = cells.enumValue("type", ArticleType.class);
        if (type == null) {
            if (cells.errors().stream().noneMatch(e -> e.field().equals("type"))) {
                cells.fail("type", "csv.cell.typeRequired");
            }
            return null;
        }
        Article a = new Article(type);
        a.setTitle(cells.text("title"));
        ArticleStatus status = cells.enumValue("status", ArticleStatus.class);
        a.setStatus(status == null ? ArticleStatus.DRAFT : status);
        a.setSlug(cells.text("slug"));
        a.setSummary(cells.text("summary"));
        a.setBody(cells.text("body"));
        a.setPublishedAt(cells.instant("published_at"));
        a.setLinks(links(cells));
        if (EVENT.stream().anyMatch(c -> cells.text(c) != null)) {
            a.setEvent(event(cells));
        }
        if (cells.text("job_employment_type") != null || cells.text("job_location") != null
                || cells.text("job_closing_date") != null) {
            JobDetails job = new JobDetails();
            job.setEmploymentType(cells.enumValue("job_employment_type", EmploymentType.class));
            job.setLocation(cells.text("job_location"));
            job.setClosingDate(cells.date("job_closing_date"));
            a.setJob(job);
        }
        if (cells.text("offering_url") != null) {
            OfferingDetails offering = new OfferingDetails();
            offering.setUrl(cells.text("offering_url"));
            a.setOffering(offering);
        }
        a.setShared(cells.bool("shared"));
        return a;
    }

    private static List<ArticleLink> links(CsvCellReader cells) {
        List<String> kinds = cells.list("link_kinds");
        List<String> urls = cells.list("link_urls");
        List<String> labels = cells.list("link_labels");
        List<ArticleLink> links = new ArrayList<>();
        for (int i = 0; i < Math.max(kinds.size(), Math.max(urls.size(), labels.size())); i++) {
            links.add(new ArticleLink(CsvCellReader.orNull(kinds, i),
                    CsvCellReader.orNull(urls, i), CsvCellReader.orNull(labels, i)));
        }
        return links;
    }

    private static EventDetails event(CsvCellReader cells) {
        EventDetails e = new EventDetails();
        e.setStart(cells.instant("event_start"));
        e.setEnd(cells.instant("event_end"));
        e.setTimeZone(cells.text("event_time_zone"));
        e.setAllDay(Boolean.TRUE.equals(cells.bool("event_all_day")));
        e.setAttendance(cells.enumValue("event_attendance", Attendance.class));
        e.setVenue(cells.text("event_venue"));
        e.setCity(cells.text("event_city"));
        e.setCountryCode(cells.text("event_country_code"));
        e.setCountryName(cells.text("event_country_name"));
        e.setRegistrationUrl(cells.text("event_registration_url"));
        e.setCfpUrl(cells.text("event_cfp_url"));
        e.setCfpEnd(cells.date("event_cfp_end"));
        return e;
    }

    /** The objects the row points to: tags by text, entities by UUID. */
    static ArticleReferences references(CsvCellReader cells, TagTexts tagTexts) {
        List<UUID> tags = new ArrayList<>();
        for (String text : cells.list("tags")) {
            tagTexts.find(text).map(TaxonomyValue::getUuid).ifPresentOrElse(tags::add,
                    () -> cells.fail("tags", "tag.unknown", text));
        }
        List<UUID> related = new ArrayList<>();
        for (String text : cells.list("related_entities")) {
            try {
                related.add(UUID.fromString(text));
            } catch (IllegalArgumentException e) {
                cells.fail("related_entities", "csv.cell.entityUuids", text);
            }
        }
        return new ArticleReferences(tags, related,
                Optional.ofNullable(cells.uuid("job_hiring_entity")),
                Optional.ofNullable(cells.uuid("offering_provider")));
    }
}
