package org.openxeco.taxonomy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            String uri = bundled.valueUri(row.code());
            TaxonomyValue value = new TaxonomyValue(scheme, row.code());
            value.assignUuid(UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)));
            value.setCanonicalUri(uri);
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

        Report report = new Report(bundled.code(), added, existing);
        LOG.info(() -> "Installed taxonomy " + report.code() + ": " + report.added()
                + " value(s) added, " + report.existing() + " already present");
        return report;
    }

    /** Reads and checks the CSV of a bundled taxonomy. */
    public static List<TaxonomyRow> readBundled(BundledTaxonomy bundled) {
        try (InputStream in = TaxonomyInstaller.class.getResourceAsStream(bundled.resource());
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return TaxonomyCsv.read(reader, bundled.code() + ".csv");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
