package org.openxeco.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.SystemTask;

/**
 * Installs the bundled taxonomies and imports taxonomy CSV files. Installing is idempotent:
 * values whose code is already in the scheme are kept as they are, missing ones are added in
 * tree order. Importing merges the file into the scheme (see {@link #mergeCsv}).
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class TaxonomyInstaller {

    private static final Logger LOG = Logger.getLogger(TaxonomyInstaller.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    ChangeLog changes;

    @Resource
    SessionContext context;

    /** What an installation did: the scheme code, values added and values already present. */
    public record Report(String code, int added, int existing) {
    }

    /**
     * What merging a file did: values created, values whose label or parent changed, values
     * of the file that were already so, and values of the scheme the file does not name
     * (left alone).
     */
    public record ImportSummary(String code, int created, int updated, int unchanged,
            int notInFile) {
    }

    /** Installs (or completes) one bundled taxonomy. */
    public Report install(BundledTaxonomy bundled) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        List<TaxonomyRow> rows = readBundled(bundled);
        TaxonomyScheme scheme = taxonomies.findSchemeByCode(bundled.code())
                .orElseGet(() -> taxonomies.createScheme(bundled.newScheme()));

        TreeImport tree = new TreeImport(em, changes, scheme,
                taxonomies.values(scheme.getUuid()));
        int existing = tree.size();
        int added = 0;
        for (TaxonomyRow row : rows) {
            if (!tree.has(row.code())) {
                tree.create(row, Labels.DEFAULT_LANGUAGE, bundled.valueUri(row.code()));
                added++;
            }
        }

        Report report = new Report(scheme.getCode(), added, existing);
        SystemTask.logChange(LOG, () -> "Installed taxonomy " + report.code() + ": "
                + report.added() + " value(s) added, " + report.existing() + " already present");
        return report;
    }

    /**
     * Imports a taxonomy CSV file with English labels, merging it into the scheme as
     * {@link #mergeCsv} does; {@code existing} counts the values the scheme had before.
     */
    public Report importCsv(UUID schemeUuid, InputStream csv, String fileName) {
        ImportSummary summary = mergeCsv(schemeUuid, csv, fileName, Labels.DEFAULT_LANGUAGE);
        return new Report(summary.code(), summary.created(),
                summary.updated() + summary.unchanged() + summary.notInFile());
    }

    /**
     * Merges a taxonomy CSV file into a scheme, its labels being in the given language. The
     * file is checked whole first: a missing parent, a cycle, a duplicate code or broken
     * quoting or encoding refuses it with each bad line named. Then new codes are created,
     * codes already in the scheme get the file's label (in that language, other languages
     * kept) and parent, and codes the file does not name are left alone. A change of parent
     * moves the value with its subtree to the end of its new siblings and obeys the rules of
     * every move; one it breaks refuses the file naming its line. All or nothing is stored.
     */
    public ImportSummary mergeCsv(UUID schemeUuid, InputStream csv, String fileName,
            String lang) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        String language = Labels.checkLanguage(lang);
        TaxonomyScheme scheme = taxonomies.scheme(schemeUuid);
        List<TaxonomyRow> rows;
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            rows = TaxonomyCsv.read(reader, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        TreeImport tree = new TreeImport(em, changes, scheme, taxonomies.values(schemeUuid));
        int before = tree.size();
        int created = 0;
        int updated = 0;
        for (TaxonomyRow row : rows) {
            if (!tree.has(row.code())) {
                tree.create(row, language, null);
                created++;
            } else if (tree.update(row, language, fileName)) {
                updated++;
            }
        }

        ImportSummary summary = new ImportSummary(scheme.getCode(), created, updated,
                rows.size() - created - updated, before - (rows.size() - created));
        SystemTask.logChange(LOG, () -> "Imported " + fileName + " into taxonomy "
                + summary.code() + ": " + summary.created() + " created, " + summary.updated()
                + " updated, " + summary.unchanged() + " unchanged");
        return summary;
    }

    /** Reads and checks the CSV of a bundled taxonomy. */
    public static List<TaxonomyRow> readBundled(BundledTaxonomy bundled) {
        try (InputStream in = TaxonomyInstaller.class.getResourceAsStream(bundled.resource());
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return TaxonomyCsv.read(reader, bundled.code() + ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
