package org.openxeco.testing;

import static org.openxeco.testing.Wiring.set;

import java.util.concurrent.Callable;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.openxeco.audit.AuditLog;
import org.openxeco.audit.AuditTrail;
import org.openxeco.content.ArticleCsv;
import org.openxeco.content.ArticleCsvImport;
import org.openxeco.content.ArticleService;
import org.openxeco.content.ArticleWorkflow;
import org.openxeco.content.PublicContent;
import org.openxeco.content.PublicationTimes;
import org.openxeco.directory.OrganisationCsv;
import org.openxeco.directory.OrganisationCsvImport;
import org.openxeco.directory.OrganisationService;
import org.openxeco.feeds.ArticleFeeds;
import org.openxeco.feeds.EntityCard;
import org.openxeco.feeds.EventCalendar;
import org.openxeco.feeds.FeedSource;
import org.openxeco.feeds.ingest.FeedIngestService;
import org.openxeco.feeds.ingest.FeedLedger;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.SystemTask;
import org.openxeco.linkeddata.LinkedDataImport;
import org.openxeco.linkeddata.PublicLinkedData;
import org.openxeco.media.CsvTransactions;
import org.openxeco.media.MediaService;
import org.openxeco.network.SharingPolicy;
import org.openxeco.network.catalogue.CatalogueService;
import org.openxeco.network.catalogue.ChangeFeed;
import org.openxeco.network.catalogue.ImportedObjects;
import org.openxeco.network.sync.ConceptResolver;
import org.openxeco.setup.NodeSettings;
import org.openxeco.taxonomy.TaxonomyInstaller;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.BundledTaxonomies;
import org.openxeco.taxonomy.skos.SkosExport;
import org.openxeco.taxonomy.skos.SkosFetch;
import org.openxeco.taxonomy.skos.SkosImport;
import org.openxeco.network.peers.OutboundGuard;
import org.openxeco.network.sync.ConceptMappings;
import org.openxeco.network.sync.ReferenceLinker;

/**
 * The domain services wired by hand on a real database, one resource-local transaction per
 * call. The database is chosen with the system property {@code openxeco.test.db}
 * ({@code h2}, the default, or {@code postgresql}).
 */
public final class Services implements AutoCloseable {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    /** The base URL the node's URIs start with in tests. */
    public static final String BASE_URL = "https://node.example.org";
    /** The node's name in tests. */
    public static final String NODE_NAME = "Test node";

    private final TestDatabase database;
    private final EntityManagerFactory factory;
    private final EntityManager em;
    private final boolean ownsDatabase;

    public final ChangeLog changes = new ChangeLog();
    public final AuditTrail audit = new AuditTrail();
    public final AuditLog auditLog = new AuditLog();
    private final TransactionResources resources = new TransactionResources();
    public final TaxonomyService taxonomies = new TaxonomyService();
    public final TaxonomyInstaller installer = new TaxonomyInstaller();
    public final OrganisationService organisations = new OrganisationService();
    public final ArticleService articles = new ArticleService();
    public final ArticleWorkflow workflow = new ArticleWorkflow();
    public final MediaService media = new MediaService();
    public final OrganisationCsv organisationCsv = new OrganisationCsv();
    public final ArticleCsv articleCsv = new ArticleCsv();
    public final NodeUris uris = new NodeUris();
    public final NodeSettings settings = new NodeSettings();
    public final SharingPolicy sharing = new SharingPolicy();
    public final CatalogueService catalogue = new CatalogueService();
    public final ImportedObjects imported = new ImportedObjects();
    public final ChangeFeed feed = new ChangeFeed();
    public final PublicationTimes publication = new PublicationTimes();
    // Feeds out: the public content they read and the three writers.
    private final PublicContent feedContent = new PublicContent();
    public final FeedSource feedSource = new FeedSource();
    public final ArticleFeeds articleFeeds = new ArticleFeeds();
    public final EventCalendar eventCalendar = new EventCalendar();
    public final EntityCard entityCard = new EntityCard();
    // schema.org JSON-LD of public objects, and its import
    public final PublicLinkedData linkedData = new PublicLinkedData();
    public final LinkedDataImport linkedDataImport = new LinkedDataImport();
    // Feed subscriptions: the ledger's steps run in the caller's transaction here.
    public final FeedLedger feedLedger = new FeedLedger();
    public final FeedIngestService feedIngest = new FeedIngestService();
    // CSV import: each row in a transaction of its own, as the container runs CsvTransactions.
    public final CsvTransactions csvTransactions = new RowTransactions();
    public final OrganisationCsvImport organisationImport = new OrganisationCsvImport();
    public final ArticleCsvImport articleImport = new ArticleCsvImport();
    // SKOS export and import of taxonomies, with the concept mappings they record.
    public final ConceptResolver conceptResolver = new ConceptResolver();
    public final ConceptMappings conceptMappings = new ConceptMappings();
    public final OutboundGuard outboundGuard = new OutboundGuard();
    public final SkosFetch skosFetch = new SkosFetch();
    public final SkosExport skosExport = new SkosExport();
    public final SkosImport skosImport = new SkosImport();
    public final BundledTaxonomies bundled = new BundledTaxonomies();

    public Services() {
        this(TestDatabase.valueOf(System.getProperty("openxeco.test.db", "h2")
                .toUpperCase(java.util.Locale.ROOT)), null);
    }

    /**
     * The services on the database of others, with an entity manager and transactions of
     * their own: a second node user working at the same time, as on another thread.
     */
    public Services(Services sameDatabase) {
        this(sameDatabase.database, sameDatabase.factory);
    }

    private Services(TestDatabase database, EntityManagerFactory shared) {
        this.database = database;
        ownsDatabase = shared == null;
        factory = shared == null ? database.create() : shared;
        em = factory.createEntityManager();
        Validator validator = VALIDATION.getValidator();
        set(changes, "em", em);
        set(changes, "audit", audit);
        set(workflow, "em", em);
        set(workflow, "changes", changes);
        set(audit, "em", em);
        set(audit, "transaction", resources);
        set(auditLog, "em", em);
        for (Object service : new Object[] {taxonomies, organisations, articles, installer,
                media}) {
            set(service, "em", em);
            set(service, "changes", changes);
        }
        for (Object service : new Object[] {taxonomies, organisations, articles}) {
            set(service, "validator", validator);
        }
        set(taxonomies, "uris", uris);
        set(organisations, "taxonomies", taxonomies);
        set(articles, "taxonomies", taxonomies);
        set(articles, "organisations", organisations);
        set(installer, "taxonomies", taxonomies);
        set(organisations, "media", media);
        set(organisationCsv, "organisations", organisations);
        set(articleCsv, "articles", articles);
        set(uris, "baseUrl", BASE_URL);
        set(settings, "em", em);
        set(sharing, "settings", settings);
        set(sharing, "changes", changes);
        set(sharing, "audit", audit);
        set(catalogue, "em", em);
        set(catalogue, "sharing", sharing);
        set(catalogue, "taxonomies", taxonomies);
        set(catalogue, "uris", uris);
        set(imported, "em", em);
        set(feed, "em", em);
        set(feed, "sharing", sharing);
        set(feed, "catalogue", catalogue);
        set(feed, "uris", uris);
        set(feed, "changes", changes);
        set(publication, "em", em);
        set(publication, "changes", changes);
        set(publication, "settings", settings);
        set(feedContent, "em", em);
        set(feedContent, "taxonomies", taxonomies);
        set(feedSource, "em", em);
        set(feedSource, "content", feedContent);
        set(feedSource, "taxonomies", taxonomies);
        for (Object writer : new Object[] {articleFeeds, eventCalendar, entityCard}) {
            set(writer, "source", feedSource);
            set(writer, "uris", uris);
        }
        set(articleFeeds, "nodeName", NODE_NAME);
        set(eventCalendar, "nodeName", NODE_NAME);
        // schema.org JSON-LD of public objects, and its import
        set(linkedData, "organisations", organisations);
        set(linkedData, "articles", articles);
        set(linkedData, "taxonomies", taxonomies);
        set(linkedData, "uris", uris);
        set(linkedDataImport, "em", em);
        set(linkedDataImport, "organisations", organisations);
        set(linkedDataImport, "articles", articles);
        set(linkedDataImport, "concepts", conceptResolver);
        set(linkedDataImport, "uris", uris);
        set(linkedDataImport, "taxonomies", taxonomies);
        set(linkedDataImport, "validator", validator);
        // Feed subscriptions
        set(feedLedger, "em", em);
        set(feedLedger, "changes", changes);
        set(feedLedger, "articles", articles);
        set(feedIngest, "em", em);
        set(feedIngest, "ledger", feedLedger);
        // CSV import
        set(organisationCsv, "uris", uris);
        set(articleCsv, "uris", uris);
        for (Object csvImport : new Object[] {organisationImport, articleImport}) {
            set(csvImport, "taxonomies", taxonomies);
            set(csvImport, "uris", uris);
            set(csvImport, "transactions", csvTransactions);
            set(csvImport, "maxBytes", 20L << 20);
        }
        set(organisationImport, "organisations", organisations);
        set(articleImport, "articles", articles);
        wireSkos();
    }

    /**
     * Runs work as an administrator outside any transaction, for services that open their
     * own (CSV imports).
     */
    public <T> T asAdminWithoutTransaction(Callable<T> work) {
        try {
            return SystemTask.run(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The container's new transaction per call, as a resource-local one. */
    private final class RowTransactions extends CsvTransactions {
        @Override
        public <T> T inNewTransaction(Callable<T> work) {
            return transaction(work);
        }

        @Override
        public void flushAndClear() {
            em.flush();
            em.clear();
        }
    }

    private void wireSkos() {
        ReferenceLinker linker = new ReferenceLinker();
        set(conceptResolver, "em", em);
        set(conceptResolver, "uris", uris);
        set(linker, "em", em);
        set(linker, "changes", changes);
        set(linker, "resolver", conceptResolver);
        set(conceptMappings, "em", em);
        set(conceptMappings, "changes", changes);
        set(conceptMappings, "audit", audit);
        set(conceptMappings, "taxonomies", taxonomies);
        set(conceptMappings, "resolver", conceptResolver);
        set(conceptMappings, "linker", linker);
        set(outboundGuard, "allowLoopback", true);
        set(skosFetch, "guard", outboundGuard);
        set(skosExport, "em", em);
        set(skosExport, "taxonomies", taxonomies);
        set(skosExport, "uris", uris);
        set(skosImport, "em", em);
        set(skosImport, "changes", changes);
        set(skosImport, "taxonomies", taxonomies);
        set(skosImport, "resolver", conceptResolver);
        set(skosImport, "mappings", conceptMappings);
        set(skosImport, "fetch", skosFetch);
        set(bundled, "taxonomies", taxonomies);
        set(bundled, "installer", installer);
    }

    /** Runs work as an administrator in one transaction, committed if it returns. */
    public <T> T asAdmin(Callable<T> work) {
        return transaction(() -> SystemTask.run(work));
    }

    /** Runs work as an anonymous visitor in one transaction. */
    public <T> T asVisitor(Callable<T> work) {
        return transaction(work);
    }

    public EntityManager entityManager() {
        return em;
    }

    private <T> T transaction(Callable<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.call();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
            resources.clear();
        }
    }

    @Override
    public void close() {
        em.close();
        if (ownsDatabase) {
            database.dispose(factory);
        }
    }
}
