package org.openxeco.web.admin.feeds;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.content.ArticleService;
import org.openxeco.feeds.ingest.CheckOutcome;
import org.openxeco.feeds.ingest.FeedIngestService;
import org.openxeco.feeds.ingest.FeedRefusedException;
import org.openxeco.feeds.ingest.FeedSubscription;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * The feed subscriptions and the items they brought. Subscribing reads the feed once: an
 * address that gives no feed is refused next to the field with the reason, and nothing is
 * stored. "Check now" reports how many new drafts the check made, or why it failed. Each
 * subscription is checked at the node's interval or at one of its own, chosen in its row.
 */
@Named
@ViewScoped
public class FeedsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String URL_INPUT = "subscribe:url";
    private static final int RECENT = 50;
    /** The intervals offered for a subscription, besides the node's and its own. */
    private static final List<Duration> CHOICES = List.of(Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(6),
            Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(7));

    @Inject
    transient FeedIngestService feeds;

    @Inject
    transient ArticleService articles;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private String url;
    private List<FeedRow> rows;
    private List<ItemRow> items;
    private Map<UUID, String> intervals = new HashMap<>();

    @PostConstruct
    void load() {
        refresh();
    }

    /** Reads the subscriptions and recent items again. */
    public void refresh() {
        rows = feeds.list().stream().map(FeedRow::of).toList();
        intervals = new HashMap<>();
        rows.forEach(row -> intervals.put(row.uuid(), row.interval()));
        items = feeds.recentItems(null, RECENT).stream()
                .map(i -> ItemRow.of(i, i.getArticleUuid().map(articles::exists).orElse(false)))
                .toList();
    }

    /** Subscribes to the typed address after reading the feed once. */
    public void subscribe() {
        try {
            FeedSubscription subscription = feeds.subscribe(url);
            texts.info("feeds.subscribed", subscription.getTitle(),
                    feeds.get(subscription.getUuid()).items());
            url = null;
            refresh();
        } catch (FeedRefusedException refused) {
            refuse(texts.get("feeds.problem." + refused.problem().name(), refused.detail()));
        } catch (InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                refuse(texts.get("feeds.badAddress", error.message()));
            }
        }
    }

    /** Checks one feed now and tells what came of it. */
    public void check(FeedRow row) {
        try {
            CheckOutcome outcome = feeds.check(row.uuid());
            switch (outcome.state()) {
                case IMPORTED -> texts.info("feeds.checked", row.title(), outcome.imported());
                case NOT_MODIFIED -> texts.info("feeds.unchanged", row.title());
                case BUSY -> texts.info("feeds.busy", row.title());
                case FAILED -> texts.error(null, texts.get("feeds.checkFailed", row.title(),
                        texts.get("feeds.problem." + outcome.problem().name(),
                                outcome.detail() == null ? "" : outcome.detail())));
            }
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        refresh();
    }

    /** Pauses or resumes the scheduled checks of one feed. */
    public void toggle(FeedRow row) {
        try {
            if (row.active()) {
                feeds.pause(row.uuid());
                texts.info("feeds.paused", row.title());
            } else {
                feeds.resume(row.uuid());
                texts.info("feeds.resumed", row.title());
            }
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        refresh();
    }

    /** The intervals a subscription may be given: the node's, the usual ones and its own. */
    public List<SelectItem> intervalChoices(FeedRow row) {
        Set<Duration> offered = new TreeSet<>(CHOICES);
        if (!row.interval().isEmpty()) {
            offered.add(Duration.parse(row.interval()));
        }
        List<SelectItem> choices = new ArrayList<>();
        choices.add(new SelectItem("", texts.get("feeds.intervalDefault",
                describe(feeds.interval()))));
        offered.forEach(d -> choices.add(new SelectItem(d.toString(), describe(d))));
        return choices;
    }

    /** Gives one subscription the interval chosen in its row, or the node's again. */
    public void saveInterval(FeedRow row) {
        // The node's interval is the empty choice, which Faces may hand over as null.
        String chosen = Objects.requireNonNullElse(intervals.get(row.uuid()), "");
        try {
            feeds.setCheckInterval(row.uuid(), chosen);
            if (chosen.isEmpty()) {
                texts.info("feeds.intervalReset", row.title(), describe(feeds.interval()));
            } else {
                texts.info("feeds.intervalSet", row.title(), describe(Duration.parse(chosen)));
            }
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        refresh();
    }

    /** Ends one subscription; its drafts stay. */
    public void unsubscribe(FeedRow row) {
        try {
            feeds.unsubscribe(row.uuid());
            texts.info("feeds.unsubscribed", row.title());
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        refresh();
    }

    private void refuse(String text) {
        texts.error(URL_INPUT, text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<FeedRow> getRows() {
        return rows;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    /** The chosen interval of each subscription by its id, empty for the node's. */
    public Map<UUID, String> getIntervals() {
        return intervals;
    }

    /** An interval in words: whole days, hours or minutes, else as ISO-8601. */
    private String describe(Duration interval) {
        if (interval.toDays() > 0 && interval.equals(Duration.ofDays(interval.toDays()))) {
            return texts.get("feeds.everyDays", interval.toDays());
        }
        if (interval.toHours() > 0 && interval.equals(Duration.ofHours(interval.toHours()))) {
            return texts.get("feeds.everyHours", interval.toHours());
        }
        if (interval.equals(Duration.ofMinutes(interval.toMinutes()))) {
            return texts.get("feeds.everyMinutes", interval.toMinutes());
        }
        return interval.toString();
    }

    /** The default time between two checks in minutes, for the page's introduction. */
    public long getIntervalMinutes() {
        return feeds.interval().toMinutes();
    }
}
