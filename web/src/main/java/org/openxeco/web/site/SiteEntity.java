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
            articles = entity == null ? List.of() : content.about(entity, MAX_ARTICLES);
        }
        return articles;
    }

    public List<TagGroup> getTags() {
        return entity == null ? List.of()
                : TagGroup.of(entity.getTags(), preferences.getLanguage());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
