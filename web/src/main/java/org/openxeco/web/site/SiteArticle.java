package org.openxeco.web.site;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.content.Article;
import org.openxeco.content.PublicArticle;
import org.openxeco.content.PublicContent;
import org.openxeco.directory.Organisation;
import org.openxeco.web.ui.Preferences;

/**
 * An article's public page, found by its type and slug; 404 unless the article is public.
 * The service decides which of the entities it refers to are shown.
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
    private PublicArticle view;
    private List<TagGroup> tags = List.of();

    /** Reads the article, or answers 404 when there is no public one at this address. */
    public void load() {
        view = SiteLinks.parseType(type).filter(t -> slug != null)
                .flatMap(t -> content.view(t, slug)).orElse(null);
        if (view == null) {
            SitePages.notFound();
            return;
        }
        tags = TagGroup.of(view.article().getTags(), preferences.getLocale());
    }

    public Article getArticle() {
        return view == null ? null : view.article();
    }

    /** The public entities the article is about, by name. */
    public List<Organisation> getRelated() {
        return view == null ? List.of() : view.related();
    }

    /** The hiring entity of a job offer, if there is one and it is public. */
    public Organisation getHiring() {
        return view == null ? null : view.hiring().orElse(null);
    }

    /** The provider of a service or tool, if there is one and it is public. */
    public Organisation getProvider() {
        return view == null ? null : view.provider().orElse(null);
    }

    public List<TagGroup> getTags() {
        return tags;
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
