package org.openxeco.web.admin.members;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.account.Account;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.RichText;
import org.openxeco.membership.ArticleReviews;
import org.openxeco.membership.ChangeQueue;
import org.openxeco.membership.EntityChange;
import org.openxeco.membership.EntityDiff;
import org.openxeco.membership.MemberArticle;
import org.openxeco.membership.MemberRequest;
import org.openxeco.membership.RequestQueue;
import org.openxeco.membership.ReviewSetting;
import org.openxeco.web.my.MemberTexts;

/**
 * The queue of members' work for administrators: each waiting request, entity change and
 * article with a message box and its decisions, and the review setting of entity changes.
 */
@Named
@ViewScoped
public class MembersQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String READ = MembersQueuePage.class.getName() + ".read";

    @Inject
    RequestQueue requests;

    @Inject
    ChangeQueue changes;

    @Inject
    ArticleReviews reviews;

    @Inject
    ReviewSetting setting;

    @Inject
    MemberTexts texts;

    // The rows as shown are kept with the view, so a decision names the item and the version
    // the administrator saw; the entities themselves are read again to show them.
    private List<QueueItem> requestItems;
    private List<QueueItem> changeItems;
    private List<QueueItem> articleItems;
    private transient Map<String, MemberRequest> shownRequests;
    private transient Map<String, EntityChange> shownChanges;
    private transient Map<String, List<EntityDiff.Field>> diffs;
    private transient Map<String, List<String>> conflicts;
    private transient Map<String, MemberArticle> shownArticles;
    private final Map<String, String> messages = new HashMap<>();
    private boolean reviewRequired;

    @PostConstruct
    void load() {
        reviewRequired = setting.reviewRequired();
    }

    // Read once per request: a decision always meets the queue as it is now, as it would after
    // the view was restored from a stored session.
    private void read() {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        if (shownRequests != null && request.containsKey(READ)) {
            return;
        }
        request.put(READ, Boolean.TRUE);
        shownRequests = new LinkedHashMap<>();
        requests.pending().forEach(r -> shownRequests.put(r.getUuid().toString(), r));
        shownChanges = new LinkedHashMap<>();
        diffs = new HashMap<>();
        conflicts = new HashMap<>();
        for (EntityChange change : changes.pending()) {
            String id = change.getUuid().toString();
            shownChanges.put(id, change);
            diffs.put(id, changes.diff(change.getUuid()));
            conflicts.put(id, changes.conflicts(change.getUuid()));
        }
        shownArticles = new LinkedHashMap<>();
        reviews.waiting().forEach(a -> shownArticles.put(a.getArticle().getUuid().toString(), a));
        if (requestItems == null) {
            requestItems = shownRequests.values().stream().map(r -> new QueueItem(
                    r.getUuid().toString(), r.getVersion(), r.getEntityName())).toList();
            changeItems = shownChanges.values().stream().map(c -> new QueueItem(
                    c.getUuid().toString(), c.getVersion(), c.getOrganisation().getName()))
                    .toList();
            articleItems = shownArticles.values().stream().map(a -> new QueueItem(
                    a.getArticle().getUuid().toString(), a.getArticle().getVersion(),
                    a.getArticle().getTitle())).toList();
        }
    }

    public String approveRequest(QueueItem r) {
        return decide(() -> requests.approve(r.id(), r.version(), message(r)),
                "queue.request.approved", r);
    }

    public String rejectRequest(QueueItem r) {
        return decide(() -> requests.reject(r.id(), r.version(), message(r)),
                "queue.request.rejected", r);
    }

    public String approveChange(QueueItem c) {
        return decide(() -> changes.approve(c.id(), c.version(), message(c)),
                "queue.change.approved", c);
    }

    public String rejectChange(QueueItem c) {
        return decide(() -> changes.reject(c.id(), c.version(), message(c)),
                "queue.change.rejected", c);
    }

    public String publish(QueueItem a) {
        return decide(() -> reviews.publish(a.id(), a.version(), message(a)),
                "queue.article.published", a);
    }

    public String requestChanges(QueueItem a) {
        if (missing(message(a))) {
            return null;
        }
        return decide(() -> reviews.requestChanges(a.id(), a.version(), message(a)),
                "queue.article.changes", a);
    }

    public String rejectArticle(QueueItem a) {
        if (missing(message(a))) {
            return null;
        }
        return decide(() -> reviews.reject(a.id(), a.version(), message(a)),
                "queue.article.rejected", a);
    }

    public String saveSetting() {
        setting.setReviewRequired(reviewRequired);
        texts.info(reviewRequired ? "queue.setting.review" : "queue.setting.live");
        return "/admin/members/queue?faces-redirect=true";
    }

    private String decide(Runnable decision, String key, QueueItem item) {
        try {
            decision.run();
        } catch (DomainException e) {
            texts.refuse(e, null);
            // Shown again as the queue is now, with the current versions.
            requestItems = null;
            shownRequests = null;
            return null;
        }
        texts.info(key, item.name());
        return "/admin/members/queue?faces-redirect=true";
    }

    /** Whether a comment the author needs is missing; says so on the page if it is. */
    private boolean missing(String comment) {
        if (comment == null || comment.isBlank()) {
            texts.error("queue.comment.missing");
            return true;
        }
        return false;
    }

    private String message(QueueItem item) {
        return messages.get(item.uuid());
    }

    public List<QueueItem> getRequestItems() {
        read();
        return requestItems;
    }

    public List<QueueItem> getChangeItems() {
        read();
        return changeItems;
    }

    public List<QueueItem> getArticleItems() {
        read();
        return articleItems;
    }

    /** The request shown in a row; null once it left the queue. */
    public MemberRequest request(QueueItem item) {
        read();
        return shownRequests.get(item.uuid());
    }

    /** The change shown in a row; null once it left the queue. */
    public EntityChange change(QueueItem item) {
        read();
        return shownChanges.get(item.uuid());
    }

    /** The article shown in a row; null once it left the queue. */
    public MemberArticle article(QueueItem item) {
        read();
        return shownArticles.get(item.uuid());
    }

    /**
     * Whether the signed-in administrator sent this as a member: such a row is shown but
     * another administrator decides it (the services refuse it too).
     */
    public boolean own(Account author) {
        String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return author != null && author.getUsername().equals(me);
    }

    public List<EntityDiff.Field> diff(QueueItem item) {
        read();
        return diffs.getOrDefault(item.uuid(), List.of());
    }

    /** Whether a diff value names a stored image (a logo, by its content hash). */
    public boolean image(String value) {
        return value != null && value.matches("[0-9a-f]{64}");
    }

    /** A description as the page may show it: sanitised again, whatever was stored. */
    public String html(String value) {
        return value == null ? "" : RichText.sanitiseContributed(value);
    }

    /** The names of the fields changed on the live entity too, in the reader's language. */
    public String conflicts(QueueItem item) {
        read();
        return String.join(", ", conflicts.getOrDefault(item.uuid(), List.of()).stream()
                .map(f -> texts.get("field." + f)).toList());
    }

    public Map<String, String> getMessages() {
        return messages;
    }

    public boolean isReviewRequired() {
        return reviewRequired;
    }

    public void setReviewRequired(boolean reviewRequired) {
        this.reviewRequired = reviewRequired;
    }
}
