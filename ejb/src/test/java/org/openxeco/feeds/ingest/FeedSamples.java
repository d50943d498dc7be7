package org.openxeco.feeds.ingest;

import java.util.Arrays;
import java.util.stream.Collectors;

/** RSS 2.0 and Atom documents for the tests, built from their items. */
final class FeedSamples {

    static final String RSS_TYPE = "application/rss+xml; charset=UTF-8";
    static final String ATOM_TYPE = "application/atom+xml";

    private FeedSamples() {
    }

    static String rss(String title, String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                <title>%s</title><link>https://news.example.org/</link>
                <description>Test feed</description>
                %s
                </channel></rss>
                """.formatted(title, String.join("\n", items));
    }

    /** An RSS item; a null part is left out. */
    static String item(String guid, String title, String link, String description,
            String pubDate) {
        return "<item>" + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>")
                + (title == null ? "" : "<title>" + title + "</title>")
                + (link == null ? "" : "<link>" + link + "</link>")
                + (description == null ? "" : "<description><![CDATA[" + description
                        + "]]></description>")
                + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>") + "</item>";
    }

    static String atom(String title, String... entries) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                <title>%s</title><id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
                <updated>2026-11-30T10:00:00Z</updated>
                %s
                </feed>
                """.formatted(title, Arrays.stream(entries).collect(Collectors.joining("\n")));
    }

    static String entry(String id, String title, String href, String summary, String content,
            String published) {
        return "<entry><id>" + id + "</id><title>" + title + "</title>"
                + "<link rel=\"alternate\" href=\"" + href + "\"/>"
                + "<updated>" + published + "</updated><published>" + published + "</published>"
                + (summary == null ? "" : "<summary>" + summary + "</summary>")
                + (content == null ? "" : "<content type=\"html\"><![CDATA[" + content
                        + "]]></content>")
                + "</entry>";
    }
}
