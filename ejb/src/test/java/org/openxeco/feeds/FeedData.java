package org.openxeco.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.content.JobDetails;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/** Articles and taxonomy values the feed tests store. */
final class FeedData {

    private final Services services;

    FeedData(Services services) {
        this.services = services;
    }

    Article news(String title, ArticleStatus status, Instant publishedAt, String summary,
            TaxonomyValue... tags) {
        Article a = new Article(ArticleType.NEWS);
        a.setTitle(title);
        a.setStatus(status);
        a.setPublishedAt(publishedAt);
        a.setSummary(summary);
        return store(a, tags);
    }

    Article job(String title, LocalDate closing, Instant publishedAt, UUID hiring) {
        Article a = new Article(ArticleType.JOB_OFFER);
        a.setTitle(title);
        a.setStatus(ArticleStatus.PUBLIC);
        a.setPublishedAt(publishedAt);
        JobDetails details = new JobDetails();
        details.setClosingDate(closing);
        a.setJob(details);
        return services.asAdmin(() -> services.articles.create(a, new ArticleReferences(
                List.of(), List.of(), Optional.ofNullable(hiring), Optional.empty())));
    }

    Article store(Article a, TaxonomyValue... tags) {
        List<UUID> uuids = java.util.Arrays.stream(tags).map(TaxonomyValue::getUuid).toList();
        return services.asAdmin(() -> services.articles.create(a, new ArticleReferences(uuids,
                List.of(), Optional.empty(), Optional.empty())));
    }

    UUID scheme(ObjectType... targets) {
        return services.asAdmin(() -> services.taxonomies.createScheme(Fixtures.scheme(
                "f" + UUID.randomUUID().toString().substring(0, 8), targets))).getUuid();
    }

    TaxonomyValue value(UUID scheme, String code, TaxonomyValue parent) {
        TaxonomyValue data = new TaxonomyValue(services.taxonomies.scheme(scheme), code);
        data.setLabels(Map.of("en", "Label " + code, "fr", "Libellé " + code));
        return services.asAdmin(() -> services.taxonomies.createValue(scheme, data,
                parent == null ? null : parent.getUuid()));
    }
}
