package org.openxeco.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
 * Installs the bundled taxonomies. Installing is idempotent: values whose code is already
 * in the scheme are kept as they are, missing ones are added in tree order.
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

    /** Installs (or completes) one bundled taxonomy. */
    public Report install(BundledTaxonomy bundled) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        List<TaxonomyRow> rows = readBundled(bundled);
        TaxonomyScheme scheme = taxonomies.findSchemeByCode(bundled.code())
                .orElseGet(() -> taxonomies.createScheme(bundled.newScheme()));

        return addRows(scheme, rows, bundled::valueUri);
    }

    /**
     * Adds the values of a taxonomy CSV file to a scheme. The file is checked whole first;
     * a missing parent, a cycle, a duplicate code or broken quoting or encoding refuses it
     * with each bad line named, and nothing is stored. Codes already in the scheme are kept.
     */
    public Report importCsv(UUID schemeUuid, InputStream csv, String fileName) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        TaxonomyScheme scheme = taxonomies.scheme(schemeUuid);
        List<TaxonomyRow> rows;
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            rows = TaxonomyCsv.read(reader, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        return addRows(scheme, rows, code -> null);
    }

    private Report addRows(TaxonomyScheme scheme, List<TaxonomyRow> rows,
            Function<String, String> canonicalUri) {
        Map<String, TaxonomyValue> byCode = new HashMap<>();
        for (TaxonomyValue value : taxonomies.values(scheme.getUuid())) {
            byCode.put(value.getCode(), value);
        }
        int existing = byCode.size();
        Map<String, Integer> nextPosition = new HashMap<>();
        int added = 0;
        for (TaxonomyRow row : rows) {
            if (byCode.containsKey(row.code())) {
                continue;
            }
            TaxonomyValue parent = row.parentCode() == null ? null : byCode.get(row.parentCode());
            TaxonomyValue value = new TaxonomyValue(scheme, row.code());
            String uri = canonicalUri.apply(row.code());
            if (uri != null) {
                value.assignUuid(UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)));
                value.setCanonicalUri(uri);
            }
            value.setLabels(Map.of(Labels.DEFAULT_LANGUAGE, row.label()));
            int position = existing == 0
                    ? nextPosition.merge(String.valueOf(row.parentCode()), 1, Integer::sum) - 1
                    : nextSiblingPosition(parent, scheme);
            value.placeUnder(parent, position);
            changes.record(value);
            em.persist(value);
            byCode.put(row.code(), value);
            added++;
        }

        Report report = new Report(scheme.getCode(), added, existing);
        SystemTask.logChange(LOG, () -> "Installed taxonomy " + report.code() + ": "
                + report.added() + " value(s) added, " + report.existing() + " already present");
        return report;
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

    private int nextSiblingPosition(TaxonomyValue parent, TaxonomyScheme scheme) {
        Integer max = (parent == null
                ? em.createQuery("select max(v.position) from TaxonomyValue v"
                        + " where v.scheme = :s and v.parent is null", Integer.class)
                        .setParameter("s", scheme)
                : em.createQuery("select max(v.position) from TaxonomyValue v"
                        + " where v.parent = :p", Integer.class).setParameter("p", parent))
                .getSingleResult();
        return max == null ? 0 : max + 1;
    }
}
