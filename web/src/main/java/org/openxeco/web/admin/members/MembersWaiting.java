package org.openxeco.web.admin.members;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.membership.ArticleReviews;
import org.openxeco.membership.ChangeQueue;
import org.openxeco.membership.RequestQueue;

/** How much of the members' work waits for an administrator, for the dashboard. */
@Named
@RequestScoped
public class MembersWaiting {

    @Inject
    RequestQueue requests;

    @Inject
    ChangeQueue changes;

    @Inject
    ArticleReviews reviews;

    private long requestCount;
    private long changeCount;
    private long articleCount;

    @PostConstruct
    void count() {
        requestCount = requests.countPending();
        changeCount = changes.countPending();
        articleCount = reviews.countWaiting();
    }

    public long getRequests() {
        return requestCount;
    }

    public long getChanges() {
        return changeCount;
    }

    public long getArticles() {
        return articleCount;
    }

    public long getTotal() {
        return requestCount + changeCount + articleCount;
    }
}
