package org.openxeco.feeds.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Item texts are read as HTML or as text as their format says: RSS descriptions (0.91,
 * 0.92, 1.0, 2.0) hold escaped HTML unless they hold no markup at all, Atom says it with
 * its type attribute. HTML is sanitised as local input is, text is escaped.
 */
class FeedMarkupTest {

    private static final URI BASE = URI.create("https://feeds.example.org/feed");

    @ParameterizedTest
    @CsvSource({"0.91", "0.92", "2.0"})
    void anRssDescriptionOfEscapedHtmlIsReadAsSanitisedHtml(String version) {
        FeedEntry entry = rss(version, "&lt;p&gt;Hello &lt;b&gt;you&lt;/b&gt;&lt;/p&gt;"
                + "&lt;script&gt;alert(1)&lt;/script&gt;");

        assertEquals("<p>Hello <b>you</b></p>", entry.body());
        assertEquals("Hello you", entry.summary());
    }

    @ParameterizedTest
    @CsvSource({"0.91", "0.92", "2.0"})
    void anRssDescriptionInCdataIsReadAsSanitisedHtml(String version) {
        FeedEntry entry = rss(version, "<![CDATA[<p>Hi <a href=\"javascript:x()\">there</a></p>]]>");

        assertEquals("<p>Hi there</p>", entry.body());
    }

    @ParameterizedTest
    @CsvSource({"0.91", "0.92", "2.0"})
    void aPlainTextRssDescriptionStaysTextEscapedOnOutput(String version) {
        FeedEntry entry = rss(version, "Prices &amp; rates: 3 &lt; 5, said Tom");

        assertEquals("<p>Prices &amp; rates: 3 &lt; 5, said Tom</p>", entry.body());
        assertEquals("Prices & rates: 3 < 5, said Tom", entry.summary());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "html|&lt;p&gt;Hello &lt;i&gt;you&lt;/i&gt;&lt;/p&gt;|<p>Hello <i>you</i></p>",
        "text|&lt;p&gt; is a tag|<p>&lt;p&gt; is a tag</p>",
        "xhtml|<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Hello <i>you</i></p></div>"
                + "|<p>Hello <i>you</i></p>"})
    void atomContentIsReadAsItsTypeSays(String type, String content, String body) {
        String xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>"
                + "<id>urn:t</id><updated>2026-01-01T00:00:00Z</updated>"
                + "<entry><id>urn:e</id><title>E</title><updated>2026-01-01T00:00:00Z</updated>"
                + "<content type=\"" + type + "\">" + content + "</content></entry></feed>";

        FeedEntry entry = read(xml, FeedSamples.ATOM_TYPE);

        assertEquals(body, entry.body());
    }

    private static FeedEntry rss(String version, String description) {
        String doctype = version.equals("0.91") ? "<!DOCTYPE rss PUBLIC \"-//Netscape"
                + " Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/"
                + "formats/rss-0.91.dtd\">" : "";
        String xml = "<?xml version=\"1.0\"?>" + doctype + "<rss version=\"" + version + "\">"
                + "<channel><title>T</title><link>https://feeds.example.org/</link>"
                + "<description>D</description><language>en</language>"
                + "<item><title>I</title><link>https://feeds.example.org/i</link>"
                + "<description>" + description + "</description></item></channel></rss>";
        return read(xml, FeedSamples.RSS_TYPE);
    }

    private static FeedEntry read(String xml, String type) {
        return FeedReader.read(xml.getBytes(StandardCharsets.UTF_8), type, BASE, 10)
                .entries().get(0);
    }
}
