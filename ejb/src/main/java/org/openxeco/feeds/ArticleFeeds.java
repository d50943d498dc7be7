package org.openxeco.feeds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleType;
import org.openxeco.content.JobDetails;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * RSS 2.0 and Atom 1.0 feeds of the public news and open job offers, node-wide or narrowed
 * to a taxonomy value and its subtree: the newest items first, each linking to its public
 * page and identified by the article's URI, its summary as plain text and its tags as
 * categories; a job offer names its hiring entity as author.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ArticleFeeds {

    /** The two syndication formats. */
    public enum Format {
        RSS("rss_2.0", "rss", "application/rss+xml"),
        ATOM("atom_1.0", "atom", "application/atom+xml");

        private final String romeType;
        private final String extension;
        private final String mediaType;

        Format(String romeType, String extension, String mediaType) {
            this.romeType = romeType;
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    // How much of the body stands in for a missing summary.
    private static final int BODY_EXCERPT = 600;

    @Inject
    FeedSource source;

    @Inject
    NodeUris uris;

    @Inject
    @ConfigProperty(name = "openxeco.node.name", defaultValue = "openXeco node")
    String nodeName;

    /**
     * The feed of news or job offers in a format, narrowed to a taxonomy value
     * ({@code scheme:code} or UUID) when one is given; an unknown value is not found.
     */
    public FeedDocument feed(ArticleType type, Optional<String> tagReference, Format format,
            Locale locale) {
        if (type != ArticleType.NEWS && type != ArticleType.JOB_OFFER) {
            throw new IllegalArgumentException("No feed of " + type);
        }
        Optional<TaxonomyValue> tag = tagReference.map(r -> source.tag(type, r)
                .orElseThrow(() -> new NotFoundException("Taxonomy value", r)));
        List<Article> items = source.articles(type, tag, FeedSource.ITEMS);
        FeedTexts texts = new FeedTexts(locale, nodeName);
        FeedLinks links = new FeedLinks(uris);

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType);
        feed.setEncoding("UTF-8");
        feed.setTitle(texts.title(type, tag));
        feed.setDescription(texts.description(type));
        feed.setLanguage(texts.language());
        String page = links.list(type, tag.map(TaxonomyValue::reference).orElse(null));
        String self = links.api("/feeds/" + (type == ArticleType.NEWS ? "news" : "jobs") + "."
                + format.extension + tag.map(v -> "?tag=" + FeedLinks.encode(v.reference()))
                .orElse(""));
        feed.setLink(page);
        feed.setUri(self);
        feed.setLinks(List.of(link("alternate", page, "text/html"),
                link("self", self, format.mediaType)));
        if (format == Format.ATOM) {
            feed.setAuthors(List.of(person(nodeName, uris.baseUrl())));
        }
        Optional<Instant> updated = items.stream().map(Article::getUpdated)
                .max(Comparator.naturalOrder());
        if (updated.isPresent() || format == Format.ATOM) {
            // Atom needs a date even for an empty feed: the earliest one says "nothing yet".
            feed.setPublishedDate(Date.from(updated.orElse(Instant.EPOCH)));
        }
        List<SyndEntry> entries = new ArrayList<>();
        for (Article article : items) {
            entries.add(entry(article, links, texts.language(), format));
        }
        feed.setEntries(entries);

        try {
            return new FeedDocument(new SyndFeedOutput().outputString(feed, true), updated);
        } catch (FeedException e) {
            throw new IllegalStateException("Feed of " + type + " could not be written", e);
        }
    }

    private SyndEntry entry(Article article, FeedLinks links, String lang, Format format) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(PlainText.clean(article.getTitle()));
        entry.setLink(links.article(article));
        entry.setUri(uris.article(article.getUuid()));
        Instant published = article.getPublishedAt() != null ? article.getPublishedAt()
                : article.getCreated();
        entry.setPublishedDate(Date.from(published));
        entry.setUpdatedDate(Date.from(article.getUpdated()));
        String summary = summary(article);
        if (!summary.isEmpty()) {
            SyndContent description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue(summary);
            entry.setDescription(description);
        }
        entry.setCategories(article.getTags().stream()
                .sorted(Comparator.comparing(TaxonomyValue::reference))
                .map(v -> category(v, lang)).toList());
        Optional<Organisation> hiring = hiring(article);
        if (format == Format.ATOM) {
            // Without a hiring entity the node speaks: the library would write an empty name.
            entry.setAuthors(List.of(hiring.map(h -> person(h.getName(), links.entity(h)))
                    .orElseGet(() -> person(nodeName, uris.baseUrl()))));
        } else {
            // RSS wants an e-mail address as author: the name goes to Dublin Core's creator.
            hiring.ifPresent(h -> entry.setAuthor(h.getName()));
        }
        return entry;
    }

    /** The summary, or when there is none the start of the body, as plain text. */
    static String summary(Article article) {
        String summary = PlainText.clean(article.getSummary());
        return summary.isEmpty() ? PlainText.excerpt(PlainText.ofHtml(article.getBody()),
                BODY_EXCERPT) : summary;
    }

    /** The hiring entity of a job offer, if it is public. */
    static Optional<Organisation> hiring(Article article) {
        return article.getJob().map(JobDetails::getHiringEntity)
                .filter(Organisation::isPublic);
    }

    private SyndCategory category(TaxonomyValue value, String lang) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(value.label(lang));
        category.setTaxonomyUri(uris.taxonomy(value.getScheme().getUuid()));
        return category;
    }

    private static SyndPerson person(String name, String uri) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        person.setUri(uri);
        return person;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
