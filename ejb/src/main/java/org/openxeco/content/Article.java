package org.openxeco.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.InstantConverter;
import org.openxeco.kernel.ObjectType;
import org.openxeco.kernel.SortKeys;
import org.openxeco.kernel.ImportableObject;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * A piece of published content: news, event, job offer, service or tool. Common fields
 * live here; the fields of one type sit in its details part, empty for the other types.
 */
@Entity
@Table(name = "article")
public class Article extends ImportableObject {

    static final int TITLE_MAX = 500;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ArticleType type;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false)
    private String title;

    @Column(name = "sort_key", nullable = false)
    private String sortKey;

    @Size(max = 200)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{openxeco.slug.pattern}")
    @Column(nullable = false, unique = true)
    private String slug;

    @Size(max = 4000)
    private String summary;

    @Size(max = 100000)
    private String body;

    @Convert(converter = InstantConverter.class)
    @Column(name = "published_at")
    private Instant publishedAt;

    @Valid
    @Embedded
    private EventDetails event;

    @Valid
    @Embedded
    private JobDetails job;

    @Valid
    @Embedded
    private OfferingDetails offering;

    @Valid
    @Size(max = 50)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "article_link", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<@NotNull ArticleLink> links = new ArrayList<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "article_entity",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> relatedEntities = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "article_tag",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "value_id"))
    private Set<TaxonomyValue> tags = new LinkedHashSet<>();

    private Boolean shared;

    protected Article() {
    }

    public Article(ArticleType type) {
        this.type = type;
    }

    @Override
    public ObjectType objectType() {
        return type.objectType();
    }

    /** Whether anonymous visitors and peers may see this article. */
    public boolean isPublic() {
        return status == ArticleStatus.PUBLIC
                && (publishedAt == null || !publishedAt.isAfter(Instant.now()));
    }

    /** Whether this article is public but its publication time has not come yet. */
    public boolean isScheduled() {
        return status == ArticleStatus.PUBLIC && publishedAt != null
                && publishedAt.isAfter(Instant.now());
    }

    /** Copies every editable field except identity, references, tags and tracking. */
    void copyFieldsFrom(Article other) {
        setTitle(other.title);
        status = other.status;
        slug = other.slug;
        summary = other.summary;
        body = other.body;
        publishedAt = other.publishedAt;
        event = other.event;
        links = new ArrayList<>(other.links);
        shared = other.shared;
        if (other.job != null) {
            JobDetails copy = new JobDetails();
            copy.setEmploymentType(other.job.getEmploymentType());
            copy.setLocation(other.job.getLocation());
            copy.setClosingDate(other.job.getClosingDate());
            copy.setHiringEntity(job == null ? null : job.getHiringEntity());
            job = copy;
        } else if (job != null) {
            job.setEmploymentType(null);
            job.setLocation(null);
            job.setClosingDate(null);
        }
        if (other.offering != null) {
            OfferingDetails copy = new OfferingDetails();
            copy.setUrl(other.offering.getUrl());
            copy.setProvider(offering == null ? null : offering.getProvider());
            offering = copy;
        } else if (offering != null) {
            offering.setUrl(null);
        }
    }

    public ArticleType getType() {
        return type;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
        this.sortKey = SortKeys.of(title, TITLE_MAX);
    }

    public String getSortKey() {
        return sortKey;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt == null ? null : publishedAt.truncatedTo(ChronoUnit.MICROS);
    }

    public Optional<EventDetails> getEvent() {
        return Optional.ofNullable(event).filter(e -> !e.isEmpty());
    }

    public void setEvent(EventDetails event) {
        this.event = event;
    }

    public Optional<JobDetails> getJob() {
        return Optional.ofNullable(job).filter(j -> !j.isEmpty());
    }

    public void setJob(JobDetails job) {
        this.job = job;
    }

    /** Sets the job offer's hiring entity, creating the job details if needed. */
    public void setHiringEntity(Organisation hiring) {
        if (job == null) {
            job = new JobDetails();
        }
        job.setHiringEntity(hiring);
    }

    public Optional<OfferingDetails> getOffering() {
        return Optional.ofNullable(offering).filter(o -> !o.isEmpty());
    }

    public void setOffering(OfferingDetails offering) {
        this.offering = offering;
    }

    /** Sets the provider of a service or tool, creating the offering details if needed. */
    public void setProvider(Organisation provider) {
        if (offering == null) {
            offering = new OfferingDetails();
        }
        offering.setProvider(provider);
    }

    public List<ArticleLink> getLinks() {
        return links;
    }

    public void setLinks(List<ArticleLink> links) {
        this.links = new ArrayList<>(links);
    }

    public Set<Organisation> getRelatedEntities() {
        return relatedEntities;
    }

    public void replaceRelatedEntities(Set<Organisation> entities) {
        relatedEntities.clear();
        relatedEntities.addAll(entities);
    }

    public Set<TaxonomyValue> getTags() {
        return tags;
    }

    public void replaceTags(Set<TaxonomyValue> newTags) {
        tags.clear();
        tags.addAll(newTags);
    }

    /** Whether this article is shared with peer nodes; {@code null} follows the type default. */
    public Boolean getShared() {
        return shared;
    }

    public void setShared(Boolean shared) {
        this.shared = shared;
    }

    @Override
    public String auditLabel() {
        return title;
    }

    @Override
    public Map<String, String> auditFields() {
        return ArticleAudit.fields(this);
    }
}
