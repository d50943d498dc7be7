package org.openxeco.web.admin.articles;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleService;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.content.ArticleWorkflow;
import org.openxeco.content.Attendance;
import org.openxeco.content.EmploymentType;
import org.openxeco.directory.OrganisationFilter;
import org.openxeco.directory.OrganisationService;
import org.openxeco.directory.OrganisationSort;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.PageRequest;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.web.ui.Dates;
import org.openxeco.web.ui.EntityChoice;
import org.openxeco.web.ui.Preferences;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.TagPicker;
import org.openxeco.web.ui.Texts;

/**
 * Creates and edits one article of any type, and moves it through the workflow. A save
 * refused because someone else changed the article meanwhile names who and when, and keeps
 * what was typed.
 */
@Named
@ViewScoped
public class ArticleEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "article";
    private static final Set<ObjectType> ARTICLE_TYPES = Arrays.stream(ArticleType.values())
            .map(ArticleType::objectType).collect(Collectors.toSet());

    @Inject
    transient ArticleService articles;

    @Inject
    transient ArticleWorkflow workflow;

    @Inject
    transient OrganisationService organisations;


    @Inject
    transient TaxonomyService taxonomies;

    @Inject
    Preferences preferences;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    @Inject
    Dates dates;

    private String id;
    private String newType;
    private UUID uuid;
    private long version;
    private Instant publishedAt;
    private LocalDateTime publishAt;
    private ArticleForm form = new ArticleForm();
    private final TagPicker tags = new TagPicker();

    /** Loads the article named by the id parameter, or prepares a new one of the given type. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null || id.isBlank()) {
            form.type = parseType(newType);
            tags.build(taxonomies, preferences.getLanguage(), ARTICLE_TYPES);
            return;
        }
        try {
            show(articles.get(UUID.fromString(id)));
        } catch (IllegalArgumentException | NotFoundException e) {
            texts.error(null, texts.get("refusal.not-found"));
        }
    }

    private void show(Article article) {
        uuid = article.getUuid();
        version = article.getVersion();
        publishedAt = article.getPublishedAt();
        form = ArticleForm.of(article);
        tags.build(taxonomies, preferences.getLanguage(), ARTICLE_TYPES);
        tags.select(article.getTags().stream().map(TaxonomyValue::getUuid).toList());
    }

    public String save() {
        try {
            Article data = form.toArticle(publishedAt);
            Article saved = uuid == null ? articles.create(data, references())
                    : articles.update(uuid, version, data, references());
            boolean created = uuid == null;
            show(saved);
            texts.info("common.saved");
            return created ? "/admin/article?faces-redirect=true&id=" + saved.getUuid() : null;
        } catch (StaleVersionException stale) {
            showStale(stale);
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
        }
        return null;
    }

    /** Moves the article to the next status; publishing uses the scheduled time if given. */
    public void moveTo(String status) {
        ArticleStatus target = ArticleStatus.valueOf(status);
        try {
            Instant when = target == ArticleStatus.PUBLIC && publishAt != null
                    ? publishAt.atZone(preferences.zone()).toInstant() : null;
            show(workflow.transition(uuid, version, target, when));
            publishAt = null;
            if (isScheduled()) {
                texts.info("article.scheduledMessage", dates.dateTime(publishedAt));
            } else {
                texts.info("article.moved", texts.get("status." + target));
            }
        } catch (StaleVersionException stale) {
            showStale(stale);
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
        }
    }

    public String delete() {
        try {
            articles.delete(uuid, version);
            texts.info("common.deleted");
            FacesContext.getCurrentInstance().getExternalContext().getFlash()
                    .setKeepMessages(true);
            return "/admin/articles?faces-redirect=true";
        } catch (StaleVersionException stale) {
            showStale(stale);
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
        }
        return null;
    }

    private void showStale(StaleVersionException stale) {
        refusals.show(stale, FORM);
        texts.error(null, refusals.lastChange(uuid));
    }

    private ArticleReferences references() {
        return new ArticleReferences(tags.selected(form.type.objectType()), form.related.stream()
                .map(c -> UUID.fromString(c.uuid())).toList(),
                Optional.ofNullable(form.type == ArticleType.JOB_OFFER ? form.hiring : null)
                        .map(c -> UUID.fromString(c.uuid())),
                Optional.ofNullable(form.type == ArticleType.SERVICE
                        || form.type == ArticleType.TOOL ? form.provider : null)
                        .map(c -> UUID.fromString(c.uuid())));
    }

    /** Entities whose name contains the typed text, for the pickers. */
    public List<EntityChoice> completeEntity(String text) {
        return organisations.list(new OrganisationFilter(Optional.ofNullable(text),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of()),
                OrganisationSort.NAME, PageRequest.first(20)).items().stream()
                .map(EntityChoice::of).toList();
    }

    private static ArticleType parseType(String text) {
        try {
            return text == null ? ArticleType.NEWS : ArticleType.valueOf(text);
        } catch (IllegalArgumentException e) {
            return ArticleType.NEWS;
        }
    }

    /** Whether the workflow offers this status as the next step of the stored article. */
    public boolean canMoveTo(String status) {
        return uuid != null && form.status.next().contains(ArticleStatus.valueOf(status));
    }

    public boolean isScheduled() {
        return form.status == ArticleStatus.PUBLIC && publishedAt != null
                && publishedAt.isAfter(Instant.now());
    }

    public boolean isStored() {
        return uuid != null;
    }

    public Attendance[] getAttendances() {
        return Attendance.values();
    }

    public EmploymentType[] getEmploymentTypes() {
        return EmploymentType.values();
    }

    public ArticleType[] getTypes() {
        return ArticleType.values();
    }

    public TagPicker getTags() {
        return tags;
    }

    public ArticleForm getForm() {
        return form;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public UUID getUuid() {
        return uuid;
    }

    public long getVersion() {
        return version;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNewType() {
        return newType;
    }

    public void setNewType(String newType) {
        this.newType = newType;
    }
}
