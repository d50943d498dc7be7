package org.openxeco.web.my;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.content.ArticleType;
import org.openxeco.content.EmploymentType;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.membership.ArticleDraft;
import org.openxeco.membership.ArticleState;
import org.openxeco.membership.MemberArticle;
import org.openxeco.membership.MemberArticles;
import org.openxeco.membership.MemberEntities;
import org.openxeco.membership.ReviewStep;
import org.openxeco.web.ui.Preferences;

/**
 * The member's article editor: a new draft for one of their entities, or one of their own
 * articles with its review history. Drafts and articles sent back for changes are editable
 * and can be submitted; another member's article answers 404.
 */
@Named
@ViewScoped
public class MyArticlePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "article-form";

    @Inject
    MemberArticles articles;

    @Inject
    MemberEntities entities;

    @Inject
    MemberTexts texts;

    @Inject
    Preferences preferences;

    private String id;
    private String entity;
    private UUID uuid;
    private long version;
    private String entityName;
    private ArticleState state;
    private List<ReviewStep> steps = List.of();
    private transient List<Organisation> attached;
    private ArticleDraftForm form = new ArticleDraftForm();

    /** Reads the article named by {@code id}, or starts one; 404 when it is not the caller's. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id == null || id.isBlank()) {
                if (entity != null && getAttached().stream()
                        .noneMatch(o -> o.getUuid().toString().equals(entity.strip()))) {
                    // An entity the member is not attached to is not theirs to write for.
                    MemberTexts.notFound();
                    return;
                }
                entity = entity != null ? entity.strip() : getAttached().isEmpty() ? null
                        : getAttached().get(0).getUuid().toString();
                // A new event starts in the member's own time zone.
                String own = preferences.zone().getId();
                form.setTimeZone(getZones().contains(own) ? own : "UTC");
                return;
            }
            show(articles.mine(UUID.fromString(id.strip())));
        } catch (IllegalArgumentException | NotFoundException e) {
            MemberTexts.notFound();
        }
    }

    private void show(MemberArticle written) {
        uuid = written.getArticle().getUuid();
        version = written.getArticle().getVersion();
        entity = written.getOrganisation().getUuid().toString();
        entityName = written.getOrganisation().getName();
        state = written.getState();
        steps = new ArrayList<>(written.getSteps());
        Collections.reverse(steps);
        form = ArticleDraftForm.of(ArticleDraft.of(written.getArticle()));
    }

    /** Saves the draft and stays on it. */
    public String save() {
        return store(false);
    }

    /** Saves the draft and sends it for review. */
    public String submit() {
        return store(true);
    }

    private String store(boolean submitting) {
        if (uuid == null && (entity == null || entity.isBlank())) {
            texts.fieldError(FORM, "entity", "article.entity.missing");
            return null;
        }
        try {
            UUID target = uuid == null ? UUID.fromString(entity) : null;
            MemberArticle written;
            if (submitting) {
                written = articles.saveAndSubmit(target, uuid, version, form.toDraft());
            } else {
                written = uuid == null ? articles.create(target, form.toDraft())
                        : articles.update(uuid, version, form.toDraft());
            }
            uuid = written.getArticle().getUuid();
        } catch (IllegalArgumentException e) {
            texts.fieldError(FORM, "entity", "article.entity.missing");
            return null;
        } catch (DomainException e) {
            texts.refuse(e, FORM);
            return null;
        }
        texts.info(submitting ? "article.submitted" : "article.saved");
        return "/my/article?faces-redirect=true&id=" + uuid;
    }

    /** Deletes the draft and goes back to the member's articles. */
    public String delete() {
        try {
            articles.delete(uuid, version);
        } catch (DomainException e) {
            texts.refuse(e, FORM);
            return null;
        }
        texts.info("article.deleted");
        return "/my/articles?faces-redirect=true";
    }

    public boolean isEditable() {
        return state == null || state.editable();
    }

    public boolean isStored() {
        return uuid != null;
    }

    public ArticleType[] getTypes() {
        return ArticleType.values();
    }

    public EmploymentType[] getEmploymentTypes() {
        return EmploymentType.values();
    }

    /** UTC first, then the regional time zones. */
    public List<String> getZones() {
        return Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/")).sorted()).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }

    public String getEntityName() {
        return entityName;
    }

    public ArticleState getState() {
        return state;
    }

    public List<ReviewStep> getSteps() {
        return steps;
    }

    public List<Organisation> getAttached() {
        if (attached == null) {
            attached = entities.attached();
        }
        return attached;
    }

    public ArticleDraftForm getForm() {
        return form;
    }
}
