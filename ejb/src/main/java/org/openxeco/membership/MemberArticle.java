package org.openxeco.membership;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openxeco.account.Account;
import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;

/**
 * An article written by a member for one of their entities: who wrote it, for which entity,
 * where it stands in review, and every review step with its comment.
 */
@Entity
@Table(name = "member_article")
public class MemberArticle {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Version
    private long version;

    @OneToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "article_id", unique = true)
    private Article article;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleState state = ArticleState.DRAFT;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_article_step",
            joinColumns = @JoinColumn(name = "member_article_id"))
    @OrderColumn(name = "position")
    private List<ReviewStep> steps = new ArrayList<>();

    protected MemberArticle() {
    }

    MemberArticle(Article article, Account account, Organisation organisation) {
        this.article = article;
        this.account = account;
        this.organisation = organisation;
    }

    public Article getArticle() {
        return article;
    }

    public Account getAccount() {
        return account;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /**
     * Where the article stands. The article's real status wins where an administrator moved
     * it in the article editor: a live or archived article is never editable by its author,
     * one under review waits in the queue, one sent back to draft is editable again.
     */
    public ArticleState getState() {
        return switch (article.getStatus()) {
            case UNDER_REVIEW -> ArticleState.SUBMITTED;
            case PUBLIC -> ArticleState.PUBLISHED;
            case ARCHIVED -> state == ArticleState.REJECTED ? state : ArticleState.PUBLISHED;
            case DRAFT -> state == ArticleState.SUBMITTED || state == ArticleState.PUBLISHED
                    ? ArticleState.CHANGES_REQUESTED : state;
        };
    }

    public long getVersion() {
        return version;
    }

    /** The review steps, oldest first. */
    public List<ReviewStep> getSteps() {
        return List.copyOf(steps);
    }

    /** The comment of the latest step that has one, if any. */
    public String getLatestComment() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).getComment() != null) {
                return steps.get(i).getComment();
            }
        }
        return null;
    }

    void step(ArticleState next, ReviewStep step) {
        state = next;
        steps.add(step);
    }
}
