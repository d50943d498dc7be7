package org.openxeco.web.site;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.content.ArticleListing;
import org.openxeco.content.ArticleResults;
import org.openxeco.content.ArticleType;
import org.openxeco.content.PublicContent;
import org.openxeco.taxonomy.TaxonomyScheme;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.web.ui.Preferences;

/**
 * A public list of one article type: words of the title, taxonomy values, and for events
 * upcoming or past, for job offers open or closed; one page at a time.
 */
@Named
@RequestScoped
public class SiteArticles {

    @Inject
    PublicContent content;

    @Inject
    Preferences preferences;

    @Inject
    SiteLinks links;

    private String type;
    private String q;
    private String tag;
    private String when;
    private Integer page;
    private ArticleResults results;

    /** Answers 404 for an unknown type. */
    public void load() {
        if (getArticleType() == null) {
            SitePages.notFound();
        }
    }

    public ArticleType getArticleType() {
        return SiteLinks.parseType(type).orElse(null);
    }

    /** Which side of today the list shows; the default is upcoming events, open jobs. */
    public ArticleListing.Timing getTiming() {
        ArticleType t = getArticleType();
        if (t == ArticleType.EVENT) {
            return "past".equals(when) ? ArticleListing.Timing.PAST
                    : ArticleListing.Timing.UPCOMING;
        }
        if (t == ArticleType.JOB_OFFER) {
            return "closed".equals(when) ? ArticleListing.Timing.CLOSED
                    : ArticleListing.Timing.OPEN;
        }
        return ArticleListing.Timing.ANY;
    }

    public ArticleResults getResults() {
        if (results == null) {
            ArticleListing listing = new ArticleListing(getArticleType(),
                    Optional.ofNullable(q), TagChoice.parse(tag), getTiming());
            results = content.list(listing, Paging.first(page), Paging.SIZE,
                    preferences.getLanguage());
            if (results.items().isEmpty() && results.total() > 0) {
                // Past the end: the last page is shown instead.
                page = Paging.last(results.total());
                results = content.list(listing, Paging.first(page), Paging.SIZE,
                        preferences.getLanguage());
            }
        }
        return results;
    }

    public Paging getPaging() {
        return Paging.of(getResults().total(), Paging.number(page));
    }

    public String whenLink(String value) {
        return base().with("when", value).toString();
    }

    public String tagLink(TaxonomyValue value) {
        return base().with("tag", TagChoice.choose(tag, value)).toString();
    }

    public String clearTagLink(TaxonomyScheme scheme) {
        return base().with("tag", TagChoice.clear(tag, scheme.getCode())).toString();
    }

    public String pageLink(int number) {
        return query().with("page", number > 1 ? number : null).toString();
    }

    public boolean isFiltered() {
        return (q != null && !q.isBlank()) || !TagChoice.parse(tag).isEmpty();
    }

    public String getClearLink() {
        return new SiteQuery(links.list(getArticleType())).with("when", when).toString();
    }

    private SiteQuery base() {
        return query().with("page", null);
    }

    private SiteQuery query() {
        return new SiteQuery(links.list(getArticleType())).with("q", q).with("tag", tag)
                .with("when", when).with("page", page);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        this.when = when;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
