package org.openxeco.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void scriptsHandlersAndStylesAreRemoved() {
        String clean = RichText.sanitise("<p onclick=\"x()\" style=\"color:red\">Hi"
                + "<script>alert(1)</script><iframe src=\"https://e.test\"></iframe></p>");
        assertEquals("<p>Hi</p>", clean);
    }

    @Test
    void formattingListsAndSafeLinksStay() {
        String clean = RichText.sanitise("<h2>T</h2><ul><li><b>a</b></li></ul>"
                + "<a href=\"https://example.org/x\">x</a>");
        assertTrue(clean.contains("<h2>T</h2>"), clean);
        assertTrue(clean.contains("<li><b>a</b></li>"), clean);
        assertTrue(clean.contains("href=\"https://example.org/x\""), clean);
    }

    @Test
    void javascriptLinksLoseTheirTarget() {
        String clean = RichText.sanitise("<a href=\"javascript:alert(1)\">x</a>");
        assertFalse(clean.contains("javascript"), clean);
    }

    @Test
    void nothingLeftBecomesNull() {
        assertNull(RichText.sanitise("<script>x</script>"));
        assertNull(RichText.sanitise(null));
    }

    @Test
    void contributedTextShowsOnlyTheNodesOwnImages() {
        String own = "/media/" + "0f".repeat(32);
        String clean = RichText.sanitiseContributed("<p>a<img src=\"https://t.example/p.gif\">"
                + "<img src=\"http://t.example/p.gif\"><img src=\"//t.example/p.gif\">"
                + "<img src=\"/media/../x\"><img src=\"" + own + "\" alt=\"ok\"></p>");
        assertFalse(clean.contains("t.example"), clean);
        assertFalse(clean.contains("../x"), clean);
        assertTrue(clean.contains("<img src=\"" + own + "\" alt=\"ok\" />"), clean);
    }

    @Test
    void contributedTextKeepsFormattingAndLinks() {
        String clean = RichText.sanitiseContributed("<h2>T</h2><p onclick=\"x()\"><b>a</b>"
                + "<a href=\"https://example.org/x\">x</a></p>");
        assertEquals("<h2>T</h2><p><b>a</b><a href=\"https://example.org/x\" rel=\"nofollow\">x</a>"
                + "</p>", clean);
    }

    @Test
    void plainTextIsEscapedIntoParagraphsKeepingLineBreaks() {
        assertEquals("<p>&lt;b&gt;x&lt;/b&gt; &amp; y<br />z</p><p>next</p>",
                RichText.fromPlainText("<b>x</b> & y\r\nz\n \n\nnext\n"));
        assertNull(RichText.fromPlainText("  \n "));
    }
}
