package org.openxeco.content;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.Roles;
import org.openxeco.media.CsvCellReader;
import org.openxeco.media.CsvColumns;
import org.openxeco.media.CsvExport;
import org.openxeco.media.CsvFile;
import org.openxeco.media.CsvImportRun;
import org.openxeco.media.CsvReport;
import org.openxeco.media.CsvRow;
import org.openxeco.media.CsvTransactions;
import org.openxeco.media.ImportMode;
import org.openxeco.media.RowOutcome;
import org.openxeco.media.RowResult;
import org.openxeco.taxonomy.TagTexts;
import org.openxeco.taxonomy.TaxonomyService;

/**
 * Imports articles from a file in the format of {@link ArticleCsv}. Rows naming a stored
 * UUID update that article (if their version is the current one), other rows create one;
 * each row goes through {@link ArticleService} like any API input.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class ArticleCsvImport {

    private static final Logger LOG = Logger.getLogger(ArticleCsvImport.class.getName());

    static final CsvColumns COLUMNS = new CsvColumns(Map.ofEntries(
            Map.entry("publishedAt", "published_at"),
            Map.entry("links", "link_urls"), Map.entry("links.kind", "link_kinds"),
            Map.entry("links.url", "link_urls"), Map.entry("links.label", "link_labels"),
            Map.entry("event", "event_start"), Map.entry("event.timeZone", "event_time_zone"),
            Map.entry("event.countryCode", "event_country_code"),
            Map.entry("event.countryName", "event_country_name"),
            Map.entry("event.registrationUrl", "event_registration_url"),
            Map.entry("event.cfpUrl", "event_cfp_url"), Map.entry("event.cfpEnd", "event_cfp_end"),
            Map.entry("job", "job_employment_type"),
            Map.entry("job.hiringEntity", "job_hiring_entity"),
            Map.entry("offering", "offering_url"),
            Map.entry("offering.provider", "offering_provider"),
            Map.entry("relatedEntities", "related_entities")));

    @Inject
    ArticleService articles;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    NodeUris uris;

    @Inject
    CsvTransactions transactions;

    @Inject
    @ConfigProperty(name = "openxeco.csv.max-bytes", defaultValue = "20971520")
    long maxBytes;

    @Resource
    SessionContext context;

    /** Reads the whole file, then applies its rows in the given mode and reports each. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CsvReport importCsv(InputStream in, ImportMode mode) {
        Roles.requireAdmin(context);
        CsvFile file = CsvFile.read(in, maxBytes, ArticleCsv.HEADER);
        TagTexts tags = new TagTexts(uris, taxonomies);

        CsvReport report = new CsvImportRun(transactions, row -> apply(row, tags),
                COLUMNS::errors).run(file.rows(), mode, List.of("uuid", "slug"));

        LOG.info(() -> "Imported articles from CSV (" + mode + ", applied " + report.applied()
                + "): " + report.count(RowOutcome.CREATED) + " created, "
                + report.count(RowOutcome.UPDATED) + " updated, "
                + report.count(RowOutcome.REJECTED) + " rejected");
        return report;
    }

    private RowResult apply(CsvRow row, TagTexts tags) {
        CsvCellReader cells = new CsvCellReader(row);
        UUID uuid = cells.uuid("uuid");
        Long version = cells.number("version");
        Article data = ArticleCsvRead.article(cells);
        ArticleReferences references = ArticleCsvRead.references(cells, tags);
        if (!cells.errors().isEmpty()) {
            return RowResult.rejected(row.line(), uuid, cells.errors());
        }

        Optional<Article> stored = uuid == null ? Optional.empty() : articles.find(uuid);
        if (stored.isEmpty()) {
            if (uuid != null) {
                data.assignUuid(uuid);
            }
            Article created = articles.create(data, references);
            return new RowResult(row.line(), RowOutcome.CREATED, created.getUuid(), List.of());
        }
        Article current = stored.get();
        long currentVersion = current.getVersion();
        List<String> before = comparable(current);
        Article updated = articles.update(uuid, currentVersion, data, references);
        return CsvImportRun.versionChecked(row.line(), uuid, comparable(updated).equals(before),
                version, currentVersion);
    }

    private List<String> comparable(Article a) {
        List<?> cells = ArticleCsv.row(uris, a, true);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String column = ArticleCsv.HEADER.get(i);
            boolean tracking = column.equals("version") || column.equals("updated");
            texts.add(tracking ? "" : CsvExport.cell(cells.get(i)));
        }
        return texts;
    }
}
