package org.openxeco.membership;

import java.io.Serializable;
import java.util.Set;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleType;
import org.openxeco.content.EventDetails;
import org.openxeco.content.JobDetails;
import org.openxeco.content.OfferingDetails;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.RichText;

/**
 * What a member writes in an article: its type, title, summary and body, and the fields of
 * its type (event, job offer, or service and tool). The member's entity is linked by the service.
 */
public record ArticleDraft(ArticleType type, String title, String summary, String body,
        EventDetails event, JobDetails job, OfferingDetails offering) implements Serializable {

    /** The values of a stored article. */
    public static ArticleDraft of(Article a) {
        return new ArticleDraft(a.getType(), a.getTitle(), a.getSummary(), a.getBody(),
                a.getEvent().orElse(null), a.getJob().orElse(null),
                a.getOffering().orElse(null));
    }

    /** Writes these values onto an article and links it to the member's entity. */
    void applyTo(Article article, Organisation entity) {
        ArticleType kind = article.getType();
        article.setTitle(title == null ? null : title.strip());
        article.setSummary(summary);
        article.setBody(RichText.sanitiseContributed(body));
        article.setEvent(kind == ArticleType.EVENT ? event : null);
        article.setJob(kind == ArticleType.JOB_OFFER ? job : null);
        article.setOffering(kind == ArticleType.SERVICE || kind == ArticleType.TOOL
                ? offering : null);
        article.replaceRelatedEntities(Set.of(entity));
        if (kind == ArticleType.JOB_OFFER) {
            article.setHiringEntity(entity);
        }
        if (kind == ArticleType.SERVICE || kind == ArticleType.TOOL) {
            article.setProvider(entity);
        }
    }
}
