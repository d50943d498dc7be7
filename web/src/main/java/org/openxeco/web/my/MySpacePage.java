package org.openxeco.web.my;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.directory.Organisation;
import org.openxeco.membership.ArticleState;
import org.openxeco.membership.AttachmentRequests;
import org.openxeco.membership.MemberArticles;
import org.openxeco.membership.MemberEntities;
import org.openxeco.membership.RequestStatus;

/** The start of the member space: the member's entities and what waits for the node's staff. */
@Named
@RequestScoped
public class MySpacePage {

    @Inject
    MemberEntities entities;

    @Inject
    AttachmentRequests requests;

    @Inject
    MemberArticles articles;

    private List<Organisation> attached;
    private long openRequests;
    private long articlesInReview;

    @PostConstruct
    void load() {
        attached = entities.attached();
        openRequests = requests.mine().stream()
                .filter(r -> r.getStatus() == RequestStatus.PENDING).count();
        articlesInReview = articles.mine().stream()
                .filter(a -> a.getState() == ArticleState.SUBMITTED).count();
    }

    public List<Organisation> getAttached() {
        return attached;
    }

    public long getOpenRequests() {
        return openRequests;
    }

    public long getArticlesInReview() {
        return articlesInReview;
    }

    /** Whether this entity has a change of the member waiting for review. */
    public boolean waiting(Organisation organisation) {
        return entities.waitingChange(organisation.getUuid()).isPresent();
    }
}
