package org.openxeco.feeds.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openxeco.kernel.InstantConverter;
import org.openxeco.kernel.NewUuids;

/**
 * A feed an administrator subscribed to: its address, the title it gives itself, whether it
 * is checked, the outcome of the last checks, and the validators of a conditional GET.
 */
@Entity
@Table(name = "feed_subscription")
public class FeedSubscription {

    static final int DETAIL_MAX = 1000;
    static final int TITLE_MAX = 500;

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String uuid;

    @Version
    private long version;

    @Column(nullable = false, unique = true, updatable = false)
    private String url;

    private String title;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "check_interval")
    private String checkInterval;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false, updatable = false)
    private Instant created;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_checked")
    private Instant lastChecked;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_success")
    private Instant lastSuccess;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_error")
    private FeedProblem lastError;

    @Column(name = "last_error_detail")
    private String lastErrorDetail;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    private String etag;

    @Column(name = "last_modified")
    private String lastModified;

    @Convert(converter = InstantConverter.class)
    @Column(name = "checking_since")
    private Instant checkingSince;

    protected FeedSubscription() {
    }

    FeedSubscription(String url, String title, String createdBy, Instant now) {
        this.uuid = NewUuids.nextText();
        this.url = url;
        this.createdBy = createdBy;
        this.created = now;
        retitle(title);
    }

    /** Whether a check is due: active, and never checked or checked an interval ago. */
    boolean isDue(Instant now, Duration defaultInterval) {
        Duration every = getCheckInterval().orElse(defaultInterval);
        return active && (lastChecked == null || !lastChecked.plus(every).isAfter(now));
    }

    /** Takes the subscription for a check unless another check holds it since after stale. */
    boolean claim(Instant now, Instant stale) {
        if (checkingSince != null && checkingSince.isAfter(stale)) {
            return false;
        }
        checkingSince = now;
        return true;
    }

    void succeeded(Instant now, String newTitle, String newEtag, String newLastModified) {
        lastChecked = now;
        lastSuccess = now;
        lastError = null;
        lastErrorDetail = null;
        consecutiveFailures = 0;
        checkingSince = null;
        if (newTitle != null) {
            retitle(newTitle);
        }
        etag = newEtag;
        lastModified = newLastModified;
    }

    void notModified(Instant now) {
        lastChecked = now;
        lastSuccess = now;
        lastError = null;
        lastErrorDetail = null;
        consecutiveFailures = 0;
        checkingSince = null;
    }

    void failed(Instant now, FeedProblem problem, String detail) {
        lastChecked = now;
        lastError = problem;
        lastErrorDetail = detail == null ? null
                : detail.substring(0, Math.min(detail.length(), DETAIL_MAX));
        consecutiveFailures++;
        checkingSince = null;
    }

    void release() {
        checkingSince = null;
    }

    private void retitle(String text) {
        String clean = text == null ? null : text.strip();
        title = clean == null || clean.isEmpty() ? null
                : clean.substring(0, Math.min(clean.length(), TITLE_MAX));
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void setCheckInterval(Duration interval) {
        checkInterval = interval == null ? null : interval.toString();
    }

    Long getId() {
        return id;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public long getVersion() {
        return version;
    }

    public String getUrl() {
        return url;
    }

    /** The feed's own title, or its address when it gives none. */
    public String getTitle() {
        return title == null ? url : title;
    }

    public boolean isActive() {
        return active;
    }

    public Optional<Duration> getCheckInterval() {
        return Optional.ofNullable(checkInterval).map(Duration::parse);
    }

    public Instant getCreated() {
        return created;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Optional<Instant> getLastChecked() {
        return Optional.ofNullable(lastChecked);
    }

    public Optional<Instant> getLastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }

    public Optional<FeedProblem> getLastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<String> getLastErrorDetail() {
        return Optional.ofNullable(lastErrorDetail);
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    Optional<String> getEtag() {
        return Optional.ofNullable(etag);
    }

    Optional<String> getLastModified() {
        return Optional.ofNullable(lastModified);
    }

    public boolean isChecking() {
        return checkingSince != null;
    }
}
