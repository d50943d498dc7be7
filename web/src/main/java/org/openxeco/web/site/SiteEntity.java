package org.openxeco.web.site;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.content.Article;
import org.openxeco.content.PublicContent;
import org.openxeco.directory.DirectorySearch;
import org.openxeco.directory.Organisation;
import org.openxeco.web.ui.Preferences;

/** An entity's public page with the public articles that refer to it; 404 if not public. */
@Named
@RequestScoped
public class SiteEntity {

    private static final int MAX_ARTICLES = 50;

    @Inject
    DirectorySearch directory;

    @Inject
    PublicContent content;

    @Inject
    Preferences preferences;

    private String id;
    private Organisation entity;
    private List<Article> articles;
    private boolean more;

    /** Reads the entity, or answers 404 when it is missing or not public. */
    public void load() {
        try {
            entity = directory.find(UUID.fromString(id == null ? "" : id)).orElse(null);
        } catch (IllegalArgumentException e) {
            entity = null;
        }
        if (entity == null) {
            SitePages.notFound();
        }
    }

    public Organisation getEntity() {
        return entity;
    }

    public List<Article> getArticles() {
        if (articles == null) {
            // One more than shown tells whether there are more than are shown.
            List<Article> read = entity == null ? List.of()
                    : content.about(entity, MAX_ARTICLES + 1);
            more = read.size() > MAX_ARTICLES;
            articles = more ? read.subList(0, MAX_ARTICLES) : read;
        }
        return articles;
    }

    /** Whether older articles about the entity exist than the ones shown. */
    public boolean isMore() {
        getArticles();
        return more;
    }

    public int getMaxArticles() {
        return MAX_ARTICLES;
    }

    public List<TagGroup> getTags() {
        return entity == null ? List.of()
                : TagGroup.of(entity.getTags(), preferences.getLocale());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
