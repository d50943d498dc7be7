package org.openxeco.content;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.openxeco.directory.Organisation;

/**
 * A public article as visitors see it: with only those of the entities it refers to that
 * are public themselves (related entities by name, the hiring entity, the provider).
 */
public record PublicArticle(Article article, List<Organisation> related,
        Optional<Organisation> hiring, Optional<Organisation> provider) {

    /** The public view of an article whose own visibility has been checked. */
    static PublicArticle of(Article a) {
        return new PublicArticle(a, a.getRelatedEntities().stream()
                .filter(Organisation::isPublic)
                .sorted(Comparator.comparing(Organisation::getSortKey)).toList(),
                a.getJob().map(JobDetails::getHiringEntity).filter(PublicArticle::shown),
                a.getOffering().map(OfferingDetails::getProvider)
                        .filter(PublicArticle::shown));
    }

    private static boolean shown(Organisation o) {
        return o != null && o.isPublic();
    }
}
