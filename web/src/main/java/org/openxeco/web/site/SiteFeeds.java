package org.openxeco.web.site;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;

/**
 * The addresses of the node's feeds for the public pages: RSS and Atom of news and job
 * offers, the events calendar, one event's calendar entry and an entity's vCard. A list
 * narrowed to exactly one taxonomy value links to the feed narrowed the same way.
 */
@Named
@ApplicationScoped
public class SiteFeeds {

    // The API is deployed beside the portal at this context root.
    private static final String FEEDS = "/api/feeds/";

    /** Whether a type of article has RSS and Atom feeds. */
    public boolean syndicated(ArticleType type) {
        return type == ArticleType.NEWS || type == ArticleType.JOB_OFFER;
    }

    /** The RSS feed of a type, narrowed to the list's taxonomy value if it has one. */
    public String rss(ArticleType type, String tags) {
        return FEEDS + name(type) + ".rss" + tagQuery(tags);
    }

    /** The Atom feed of a type, narrowed to the list's taxonomy value if it has one. */
    public String atom(ArticleType type, String tags) {
        return FEEDS + name(type) + ".atom" + tagQuery(tags);
    }

    /** The calendar of the public events, narrowed to the list's value if it has one. */
    public String calendar(String tags) {
        return FEEDS + "events.ics" + tagQuery(tags);
    }

    /** The calendar entry of one event. */
    public String event(Article article) {
        return FEEDS + "events/" + article.getUuid() + ".ics";
    }

    /** The vCard of an entity. */
    public String card(Organisation entity) {
        return FEEDS + "entities/" + entity.getUuid() + ".vcf";
    }

    private static String name(ArticleType type) {
        return type == ArticleType.JOB_OFFER ? "jobs" : "news";
    }

    private static String tagQuery(String tags) {
        List<String> chosen = TagChoice.parse(tags);
        return chosen.size() == 1 ? "?tag=" + SiteLinks.enc(chosen.get(0)) : "";
    }
}
