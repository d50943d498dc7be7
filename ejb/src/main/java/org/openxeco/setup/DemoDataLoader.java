package org.openxeco.setup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.Article;
import org.openxeco.content.Slugs;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Jsonp;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.TrackedObject;
import org.openxeco.taxonomy.BundledTaxonomy;
import org.openxeco.taxonomy.TaxonomyInstaller;
import org.openxeco.taxonomy.TaxonomyRow;

/**
 * Installs the bundled taxonomies and loads the demo data (universities as academic
 * entities, conferences as events) in batches of their own transactions. Loading again
 * creates nothing new: every demo object has a UUID derived from its content.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final int BATCH = 250;

    @PersistenceContext
    EntityManager em;

    @Inject
    TaxonomyInstaller installer;

    @Inject
    DemoBatchWriter writer;

    @Resource
    SessionContext context;

    /** Installs every bundled taxonomy; returns one report per taxonomy. */
    public List<TaxonomyInstaller.Report> installTaxonomies() {
        Roles.requireAdmin(context);
        List<TaxonomyInstaller.Report> reports = new ArrayList<>();
        for (BundledTaxonomy bundled : BundledTaxonomy.values()) {
            reports.add(installer.install(bundled));
        }
        return reports;
    }

    /** Installs the taxonomies, then loads both demo files, and reports what it did. */
    public DemoReport load() {
        Roles.requireAdmin(context);
        long started = System.nanoTime();
        List<TaxonomyInstaller.Report> taxonomies = installTaxonomies();
        List<DemoReport.Problem> rejected = new ArrayList<>();
        List<DemoReport.Problem> warnings = new ArrayList<>();

        Map<String, String> countries = new HashMap<>();
        for (TaxonomyRow row : TaxonomyInstaller.readBundled(BundledTaxonomy.COUNTRIES)) {
            if (row.parentCode() != null) {
                countries.put(row.label(), row.code());
            }
        }
        Set<UUID> knownTags = knownTags();

        List<DemoRecord<Organisation>> universities = UniversityRecords.read(
                json("universities.json"), Set.copyOf(countries.values()), rejected);
        DemoReport.Counts universityCounts = store(universities, UniversityRecords.FILE,
                existing("Organisation"), knownTags, writer::writeOrganisations,
                json("universities.json").size(), rejected);

        List<DemoRecord<Article>> conferences = ConferenceRecords.read(json("conferences.json"),
                countries, rejected, warnings);
        uniqueSlugs(conferences);
        DemoReport.Counts conferenceCounts = store(conferences, ConferenceRecords.FILE,
                existing("Article"), knownTags, writer::writeArticles,
                json("conferences.json").size(), rejected);

        if (universityCounts.created() + conferenceCounts.created() > 0) {
            writer.refreshStatistics();
        }

        DemoReport report = new DemoReport(taxonomies, universityCounts, conferenceCounts,
                List.copyOf(rejected), List.copyOf(warnings),
                (System.nanoTime() - started) / 1_000_000);
        LOG.info(() -> String.format("Demo data: %d entities and %d events created, %d and %d"
                + " already present, %d record(s) rejected, in %d ms (%.0f objects/s)",
                universityCounts.created(), conferenceCounts.created(),
                universityCounts.existing(), conferenceCounts.existing(), rejected.size(),
                report.millis(), report.objectsPerSecond()));
        return report;
    }

    /**
     * Stores the records not yet present in batches; a batch refused as a whole is retried
     * record by record so that only the bad records are rejected.
     */
    private <T extends TrackedObject> DemoReport.Counts store(List<DemoRecord<T>> records,
            String file, Set<String> existing, Set<UUID> knownTags,
            Consumer<List<DemoRecord<T>>> write, int read, List<DemoReport.Problem> rejected) {
        List<DemoRecord<T>> fresh = new ArrayList<>();
        int present = 0;
        int merged = 0;
        for (DemoRecord<T> record : records) {
            merged += record.sourceRecords().size() - 1;
            if (existing.contains(record.object().getUuid().toString())) {
                present++;
            } else if (!knownTags.containsAll(record.tags())) {
                rejected.add(new DemoReport.Problem(file, record.sourceRecords().get(0),
                        "refers to a taxonomy value that is not installed"));
            } else {
                fresh.add(record);
            }
        }

        int created = 0;
        for (int from = 0; from < fresh.size(); from += BATCH) {
            List<DemoRecord<T>> batch = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
            try {
                write.accept(batch);
                created += batch.size();
            } catch (InvalidInputException e) {
                created += writeOneByOne(batch, file, write, rejected);
            }
        }
        int rejectedCount = (int) rejected.stream().filter(p -> p.file().equals(file)).count();
        return new DemoReport.Counts(read, created, present, merged, rejectedCount);
    }

    private <T> int writeOneByOne(List<DemoRecord<T>> batch, String file,
            Consumer<List<DemoRecord<T>>> write, List<DemoReport.Problem> problems) {
        int created = 0;
        for (DemoRecord<T> record : batch) {
            try {
                write.accept(List.of(record));
                created++;
            } catch (InvalidInputException e) {
                problems.add(new DemoReport.Problem(file, record.sourceRecords().get(0),
                        e.errors().stream().map(f -> f.field() + ": " + f.message())
                                .reduce((a, b) -> a + "; " + b).orElse(e.getMessage())));
            }
        }
        return created;
    }

    private void uniqueSlugs(List<DemoRecord<Article>> records) {
        Set<String> taken = new HashSet<>(em.createQuery("select a.slug from Article a",
                String.class).getResultList());
        Set<String> existing = existing("Article");
        for (DemoRecord<Article> record : records) {
            Article article = record.object();
            if (existing.contains(article.getUuid().toString())) {
                continue;
            }
            String base = article.getSlug();
            String slug = base;
            for (int n = 2; !taken.add(slug); n++) {
                String suffix = "-" + n;
                slug = Slugs.truncate(base, Slugs.MAX - suffix.length()) + suffix;
            }
            article.setSlug(slug);
        }
    }

    /** Objects present, and objects deleted since: a reload does not bring those back. */
    private Set<String> existing(String entity) {
        Set<String> uuids = new HashSet<>(em.createQuery("select x.uuid from " + entity + " x",
                String.class).getResultList());
        uuids.addAll(em.createQuery("select t.uuid from Tombstone t", String.class)
                .getResultList());
        return uuids;
    }

    private Set<UUID> knownTags() {
        Set<UUID> known = new HashSet<>();
        for (String uuid : em.createQuery("select v.uuid from TaxonomyValue v", String.class)
                .getResultList()) {
            known.add(UUID.fromString(uuid));
        }
        return known;
    }

    private static JsonArray json(String file) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/openxeco/demo/" + file);
                JsonReader reader = Jsonp.createReader(in)) {
            return reader.readArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
