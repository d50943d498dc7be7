package org.openxeco.setup;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleService;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationService;

/**
 * Stores one batch of demo objects in its own transaction through the ordinary services,
 * so demo data passes the same validation as any other input. The loader has already
 * removed objects that exist and made slugs unique, so flushing waits for the commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoBatchWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    ArticleService articles;

    public void writeOrganisations(List<DemoRecord<Organisation>> batch) {
        em.setFlushMode(FlushModeType.COMMIT);
        for (DemoRecord<Organisation> record : batch) {
            organisations.create(record.object(), record.tags());
        }
    }

    public void writeArticles(List<DemoRecord<Article>> batch) {
        em.setFlushMode(FlushModeType.COMMIT);
        for (DemoRecord<Article> record : batch) {
            articles.create(record.object(), new ArticleReferences(record.tags(), List.of(),
                    java.util.Optional.empty(), java.util.Optional.empty()));
        }
    }

    /**
     * Has the database read its tables' statistics again. Right after thousands of rows
     * arrive it would otherwise plan the directory's queries for nearly empty tables (on
     * PostgreSQL until autovacuum comes by; H2 only counts rows), taking seconds per page.
     */
    public void refreshStatistics() {
        em.createNativeQuery("ANALYZE").executeUpdate();
    }
}
