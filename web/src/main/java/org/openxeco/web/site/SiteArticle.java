package org.openxeco.web.site;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.content.Article;
import org.openxeco.content.JobDetails;
import org.openxeco.content.OfferingDetails;
import org.openxeco.content.PublicContent;
import org.openxeco.directory.Organisation;
import org.openxeco.web.ui.Preferences;

/**
 * An article's public page, found by its type and slug; 404 unless the article is public.
 * Entities it refers to are shown only if they are public too.
 */
@Named
@RequestScoped
public class SiteArticle {

    @Inject
    PublicContent content;

    @Inject
    Preferences preferences;

    private String type;
    private String slug;
    private Article article;

    /** Reads the article, or answers 404 when there is no public one at this address. */
    public void load() {
        article = SiteLinks.parseType(type).filter(t -> slug != null)
                .flatMap(t -> content.bySlug(t, slug)).orElse(null);
        if (article == null) {
            SitePages.notFound();
        }
    }

    public Article getArticle() {
        return article;
    }

    public List<Organisation> getRelated() {
        return article == null ? List.of() : article.getRelatedEntities().stream()
                .filter(Organisation::isPublic)
                .sorted(java.util.Comparator.comparing(Organisation::getSortKey)).toList();
    }

    /** The hiring entity of a job offer, if there is one and it is public. */
    public Organisation getHiring() {
        return article == null ? null : article.getJob().map(JobDetails::getHiringEntity)
                .filter(o -> o != null && o.isPublic()).orElse(null);
    }

    /** The provider of a service or tool, if there is one and it is public. */
    public Organisation getProvider() {
        return article == null ? null : article.getOffering().map(OfferingDetails::getProvider)
                .filter(o -> o != null && o.isPublic()).orElse(null);
    }

    public List<TagGroup> getTags() {
        return article == null ? List.of()
                : TagGroup.of(article.getTags(), preferences.getLanguage());
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
