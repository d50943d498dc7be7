package org.openxeco.feeds.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jdom2.JDOMException;

import org.openxeco.kernel.RichText;
import org.openxeco.network.catalogue.PlainText;

/**
 * Reads RSS 0.9x, 1.0 and 2.0 and Atom with Rome, parsed by {@link FeedXml} (nothing
 * fetched, no entity expanded), the character encoding taken from the media type and the
 * XML declaration.
 * Titles and summaries become plain text; bodies keep only the HTML the allow-list for
 * outside content lets through (no images from other hosts).
 */
final class FeedReader {

    static final int TITLE_MAX = 500;
    static final int SUMMARY_MAX = 1000;
    static final int BODY_MAX = 100_000;
    static final int GUID_MAX = 1000;
    static final int LINK_MAX = 2000;

    /** A tag, a comment or a character reference: what makes a text of an RSS item HTML. */
    private static final Pattern MARKUP = Pattern.compile(
            "<[a-zA-Z/!][^<>]*>|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");

    private static final Pattern XHTML_DIV =
            Pattern.compile("(?s)\\s*<div\\b[^>]*>(.*)</div>\\s*");

    private FeedReader() {
    }

    /** Parses the feed; at most {@code maxItems} items are read, from the top. */
    static ParsedFeed read(byte[] body, String contentType, URI base, int maxItems) {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            feed = new SyndFeedInput().build(FeedXml.parse(reader));
        } catch (FeedException | JDOMException | IOException | IllegalArgumentException e) {
            throw new FeedRefusedException(FeedProblem.NOT_A_FEED, reason(e));
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            if (entries.size() == maxItems) {
                break;
            }
            entries.add(entry(entry, base, feed.getFeedType() != null
                    && feed.getFeedType().startsWith("rss")));
        }
        String title = feed.getTitle() == null ? null : plain(feed.getTitle(), TITLE_MAX);
        return new ParsedFeed(title == null || title.isEmpty() ? null : title, entries);
    }

    private static FeedEntry entry(SyndEntry entry, URI base, boolean rss) {
        String link = link(entry.getLink(), base);
        Instant published = instant(entry.getPublishedDate() != null ? entry.getPublishedDate()
                : entry.getUpdatedDate());
        String description = html(entry.getDescription(), rss);
        String content = entry.getContents().isEmpty() ? null
                : html(entry.getContents().get(0), rss);
        String body = content != null ? content : description;
        String summary = plain(description != null ? description : content, SUMMARY_MAX);
        String title = entry.getTitle() == null ? "" : plain(entry.getTitle(), TITLE_MAX);
        return new FeedEntry(guid(entry, link, title, published), title, link,
                summary.isEmpty() ? null : summary, body, published);
    }

    /** The item's guid or id, else its link, else a hash of its title and date. */
    private static String guid(SyndEntry entry, String link, String title, Instant published) {
        String uri = entry.getUri() == null ? "" : entry.getUri().strip();
        String key = !uri.isEmpty() ? uri : link != null ? link
                : "sha256:" + sha256(title + "\n" + published);
        return key.length() <= GUID_MAX ? key : "sha256:" + sha256(key);
    }

    /**
     * A text of an item as sanitised HTML. RSS says nothing of its texts' markup: they are
     * HTML (escaped or in CDATA) as soon as they hold a tag or a character reference, and
     * text otherwise. Atom says it: {@code text} is text, {@code html} and {@code xhtml}
     * (without the {@code div} that holds it) are HTML.
     */
    private static String html(SyndContent content, boolean rss) {
        if (content == null || content.getValue() == null || content.getValue().isBlank()) {
            return null;
        }
        String type = content.getType() == null ? "html"
                : content.getType().toLowerCase(Locale.ROOT);
        String value = content.getValue();
        if (type.equals("xhtml")) {
            Matcher div = XHTML_DIV.matcher(value);
            value = div.matches() ? div.group(1) : value;
        }
        boolean text = rss ? !MARKUP.matcher(value).find()
                : type.equals("text") || type.equals("text/plain");
        String html = text ? RichText.fromPlainText(value)
                : RichText.sanitiseContributed(value);
        if (html != null && html.length() > BODY_MAX) {
            // Cutting may split a tag; sanitising again drops or closes it.
            html = RichText.sanitiseContributed(html.substring(0, BODY_MAX - 100));
        }
        return html;
    }

    private static String plain(String html, int max) {
        return html == null ? "" : PlainText.excerpt(html, max);
    }

    /** The item's address made absolute against the feed's, if it is an http(s) one. */
    private static String link(String text, URI base) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = base.resolve(new URI(text.strip()));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String absolute = uri.toString();
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && absolute.length() <= LINK_MAX ? absolute : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "\u2026" : message;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
