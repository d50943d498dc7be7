package org.openxeco.web.admin.members;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
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

    // Entities are read again after a view is restored rather than kept in the session.
    private transient List<MemberRequest> pendingRequests;
    private transient List<EntityChange> pendingChanges;
    private transient Map<String, List<EntityDiff.Field>> diffs;
    private transient List<MemberArticle> waitingArticles;
    private final Map<String, String> messages = new HashMap<>();
    private boolean reviewRequired;

    @PostConstruct
    void load() {
        reviewRequired = setting.reviewRequired();
    }

    private void read() {
        if (pendingRequests != null) {
            return;
        }
        pendingRequests = requests.pending();
        pendingChanges = changes.pending();
        diffs = new HashMap<>();
        for (EntityChange change : pendingChanges) {
            diffs.put(change.getUuid().toString(), changes.diff(change.getUuid()));
        }
        waitingArticles = reviews.waiting();
    }

    public String approveRequest(MemberRequest r) {
        return decide(() -> requests.approve(r.getUuid(), r.getVersion(), message(r.getUuid())),
                "queue.request.approved", r.getEntityName());
    }

    public String rejectRequest(MemberRequest r) {
        return decide(() -> requests.reject(r.getUuid(), r.getVersion(), message(r.getUuid())),
                "queue.request.rejected", r.getEntityName());
    }

    public String approveChange(EntityChange c) {
        return decide(() -> changes.approve(c.getUuid(), c.getVersion(), message(c.getUuid())),
                "queue.change.approved", c.getOrganisation().getName());
    }

    public String rejectChange(EntityChange c) {
        return decide(() -> changes.reject(c.getUuid(), c.getVersion(), message(c.getUuid())),
                "queue.change.rejected", c.getOrganisation().getName());
    }

    public String publish(MemberArticle a) {
        UUID id = a.getArticle().getUuid();
        return decide(() -> reviews.publish(id, a.getArticle().getVersion(), message(id)),
                "queue.article.published", a.getArticle().getTitle());
    }

    public String requestChanges(MemberArticle a) {
        UUID id = a.getArticle().getUuid();
        if (missing(message(id))) {
            return null;
        }
        return decide(() -> reviews.requestChanges(id, a.getArticle().getVersion(), message(id)),
                "queue.article.changes", a.getArticle().getTitle());
    }

    public String rejectArticle(MemberArticle a) {
        UUID id = a.getArticle().getUuid();
        if (missing(message(id))) {
            return null;
        }
        return decide(() -> reviews.reject(id, a.getArticle().getVersion(), message(id)),
                "queue.article.rejected", a.getArticle().getTitle());
    }

    public String saveSetting() {
        setting.setReviewRequired(reviewRequired);
        texts.info(reviewRequired ? "queue.setting.review" : "queue.setting.live");
        return "/admin/members/queue?faces-redirect=true";
    }

    private String decide(Runnable decision, String key, String name) {
        try {
            decision.run();
        } catch (DomainException e) {
            texts.refuse(e, null);
            return null;
        }
        texts.info(key, name);
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

    private String message(UUID uuid) {
        return messages.get(uuid.toString());
    }

    public List<MemberRequest> getPendingRequests() {
        read();
        return pendingRequests;
    }

    public List<EntityChange> getPendingChanges() {
        read();
        return pendingChanges;
    }

    public List<EntityDiff.Field> diff(EntityChange change) {
        read();
        return diffs.getOrDefault(change.getUuid().toString(), List.of());
    }

    public List<MemberArticle> getWaitingArticles() {
        read();
        return waitingArticles;
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
