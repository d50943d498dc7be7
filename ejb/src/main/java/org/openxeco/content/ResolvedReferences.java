package org.openxeco.content;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationService;
import org.openxeco.kernel.InputErrors;
import org.openxeco.kernel.Problems;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * The stored objects an article's references name, read before the article changes: each
 * unknown entity or tag, and an entity in a role the article's type has not, is an error
 * kept with the article's other errors.
 */
record ResolvedReferences(Set<Organisation> related, Set<TaxonomyValue> tags,
        Organisation hiring, Organisation provider) {

    static ResolvedReferences of(ArticleType type, ArticleReferences references,
            OrganisationService organisations, TaxonomyService taxonomies, InputErrors errors) {
        Set<Organisation> related = new LinkedHashSet<>();
        int index = 0;
        for (UUID uuid : references.relatedEntities()) {
            String field = "relatedEntities[" + index++ + "]";
            organisations.find(uuid).ifPresentOrElse(related::add, 
                    () -> errors.add(Problems.field(field, "entity.unknown", uuid)));
        }
        Organisation hiring = references.hiringEntity()
                .flatMap(uuid -> entity(organisations, uuid, "job.hiringEntity", errors))
                .orElse(null);
        Organisation provider = references.provider()
                .flatMap(uuid -> entity(organisations, uuid, "offering.provider", errors))
                .orElse(null);
        if (hiring != null && type != ArticleType.JOB_OFFER) {
            errors.add(Problems.field("job.hiringEntity", "article.hiringOnlyJobs"));
        }
        if (provider != null && type != ArticleType.SERVICE && type != ArticleType.TOOL) {
            errors.add(Problems.field("offering.provider",
                    "article.providerOnlyOfferings"));
        }
        Set<TaxonomyValue> tags = errors.get(() -> taxonomies.resolveTags(references.tags(),
                type.objectType()));
        return new ResolvedReferences(related, tags == null ? Set.of() : tags, hiring, provider);
    }

    private static Optional<Organisation> entity(OrganisationService organisations, UUID uuid,
            String field, InputErrors errors) {
        Optional<Organisation> found = organisations.find(uuid);
        if (found.isEmpty()) {
            errors.add(Problems.field(field, "entity.unknown", uuid));
        }
        return found;
    }

    void applyTo(Article article) {
        article.replaceRelatedEntities(related);
        article.replaceTags(tags);
        if (article.getType() == ArticleType.JOB_OFFER) {
            article.setHiringEntity(hiring);
        }
        if (article.getType() == ArticleType.SERVICE || article.getType() == ArticleType.TOOL) {
            article.setProvider(provider);
        }
    }
}
