package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openxeco.it.Node;

/** The public site as a visitor sees it in Chromium, on a desktop and on a phone. */
// Only the executions that name a node to test run these (not the network or service ones).
@EnabledIfSystemProperty(named = "it.base.url", matches = ".+")
class SitePortalIT {

    @BeforeAll
    static void nodeHasStarted() {
        Node.awaitStarted();
    }

    @Test
    void theHomePageShowsAFreshPublicNewsItemButNotADraft() {
        String marker = SiteData.marker();
        try (SiteData data = new SiteData(); Browser browser = Browser.desktop();
                Browser phone = Browser.phone()) {
            data.article("news", "Draft news " + marker, "draft", null);
            // Other tests publish news at the same time and may push one item off the home
            // page's few: a fresh item is published again until one is seen there.
            String news = "";
            for (int attempt = 0; attempt < 3 && !news.contains("Fresh news " + marker);
                    attempt++) {
                data.article("news", "Fresh news " + marker + " " + attempt, "public", null);
                browser.open("/");
                news = browser.find(By.id("home-news")).getText();
                assertFalse(news.contains("Draft news " + marker), news);
            }
            assertTrue(news.contains("Fresh news " + marker), news);
            browser.screenshot("site-home");
            phone.open("/");
            phone.find(By.id("home-news"));
            assertNoSidewaysScrolling(phone);
            phone.screenshot("site-home-phone");
        }
    }

    @Test
    void theDirectoryFindsAccentedWordsAndItsFacetCountsMatchTheNarrowedLists() {
        String marker = SiteData.marker();
        try (SiteData data = new SiteData(); Browser browser = Browser.desktop()) {
            JsonObject[] topic = data.taxonomy(marker);
            String code = topic[0].getString("code");
            data.entity("Société Générale Ümit " + marker, "company", "Paris", "FR",
                    topic[2].getString("id"));
            data.entity("Générale des Eaux " + marker, "company", "Lyon", "FR");
            data.entity("Ångström Institutet " + marker, "academic", "Uppsala", "SE",
                    topic[1].getString("id"));

            browser.open("/directory");
            browser.find(By.id("entities"));
            browser.screenshot("site-directory");
            browser.type(By.id("q"), "GENERALE societe umit " + marker);
            browser.click(By.id("search-submit"));
            browser.waitFor(d -> d.getCurrentUrl().contains("q="));
            assertEquals(List.of("Société Générale Ümit " + marker), names(browser));

            browser.open("/directory?q=" + marker);
            assertEquals(3, total(browser));
            assertEquals(2, count(browser, "#facet-kind .kind-COMPANY"));
            assertEquals(1, count(browser, "#facet-country .country-SE"));
            assertEquals(2, count(browser, "#facet-" + code + " .value-alpha"));

            narrowsTo(browser, "#facet-kind .kind-ACADEMIC", "Ångström Institutet " + marker);
            browser.open("/directory?q=" + marker);
            narrowsTo(browser, "#facet-country .country-FR", "Générale des Eaux " + marker,
                    "Société Générale Ümit " + marker);
            browser.open("/directory?q=" + marker);
            narrowsTo(browser, "#facet-" + code + " .value-alpha",
                    "Ångström Institutet " + marker, "Société Générale Ümit " + marker);
            narrowsTo(browser, "#facet-" + code + " .value-beta",
                    "Société Générale Ümit " + marker);
        }
        try (Browser phone = Browser.phone()) {
            phone.open("/directory?q=universit");
            phone.find(By.id("entities"));
            assertNoSidewaysScrolling(phone);
            phone.screenshot("site-directory-phone");
        }
    }

    @Test
    void anEntityPageListsItsPublicArticlesButNotItsDrafts() {
        String marker = SiteData.marker();
        try (SiteData data = new SiteData(); Browser browser = Browser.desktop()) {
            String id = data.entity("Entity " + marker, "ngo", "Luxembourg", "LU")
                    .getString("id");
            data.article("news", "Public about " + marker, "public", null, id);
            data.article("news", "Draft about " + marker, "draft", null, id);

            browser.open("/directory/" + id);
            assertEquals("Entity " + marker, browser.find(By.tagName("h1")).getText());
            String articles = browser.find(By.id("entity-articles")).getText();
            assertTrue(articles.contains("Public about " + marker), articles);
            assertFalse(articles.contains("Draft about " + marker), articles);
        }
    }

    @Test
    void eventListsSplitUpcomingFromPastAndShowTimesInTheVisitorsZone() {
        String marker = SiteData.marker();
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        try (SiteData data = new SiteData(); Browser browser = Browser.desktop()) {
            data.article("event", "Coming " + marker, "public", event(start));
            data.article("event", "Gone " + marker, "public",
                    event(Instant.now().minus(20, ChronoUnit.DAYS)));
            ((ChromeDriver) browser.driver()).executeCdpCommand(
                    "Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));

            browser.open("/events?q=" + marker);
            browser.waitFor(d -> d.findElement(By.id("zone-note")).getText()
                    .contains("Asia/Tokyo"));
            String upcoming = plain(browser.find(By.id("articles")).getText());
            String expected = plain(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                    FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                    .format(start.atZone(ZoneId.of("Asia/Tokyo"))));
            assertTrue(upcoming.contains("Coming " + marker), upcoming);
            assertTrue(upcoming.contains(expected) && upcoming.contains("Asia/Tokyo"),
                    () -> expected + " in " + upcoming);
            assertFalse(upcoming.contains("Gone " + marker), upcoming);

            browser.click(By.id("tab-past"));
            browser.waitFor(d -> d.getCurrentUrl().contains("when=past"));
            String past = browser.find(By.id("articles")).getText();
            assertTrue(past.contains("Gone " + marker), past);
            assertFalse(past.contains("Coming " + marker), past);
        }
    }

    @Test
    void anArticleIsReachedByItsSlugWhileDraftAndUnknownSlugsShowTheStyled404() {
        String marker = SiteData.marker();
        try (SiteData data = new SiteData(); Browser browser = Browser.desktop();
                Browser phone = Browser.phone()) {
            String id = data.entity("Organiser " + marker, "company", "Metz", "FR")
                    .getString("id");
            Instant start = Instant.now().plus(30, ChronoUnit.DAYS)
                    .truncatedTo(ChronoUnit.DAYS).plus(10, ChronoUnit.HOURS);
            String slug = data.article("event", "Readable event " + marker, "public",
                    event(start), id).getString("slug");
            String draft = data.article("news", "Hidden news " + marker, "draft", null)
                    .getString("slug");

            browser.open("/events/" + slug);
            assertEquals("Readable event " + marker, browser.find(By.tagName("h1")).getText());
            ZoneId shownIn = ZoneId.of(browser.find(By.id("event-zone")).getText());
            assertEquals(expectedWhen(start, start.plus(2, ChronoUnit.HOURS), shownIn),
                    browser.find(By.id("event-when")).getText());
            assertTrue(browser.find(By.id("related")).getText().contains("Organiser " + marker));
            browser.screenshot("site-article");
            phone.open("/events/" + slug);
            phone.find(By.id("body"));
            assertNoSidewaysScrolling(phone);
            phone.screenshot("site-article-phone");

            for (String path : List.of("/news/" + draft, "/events/" + marker + "-nothing",
                    "/news/" + slug)) {
                assertEquals(404, Node.get(path).status(), path);
                browser.open(path);
                assertEquals("Page not found", browser.find(By.tagName("h1")).getText());
                assertTrue(browser.find(By.cssSelector(".site-error")).isDisplayed());
                assertFalse(browser.text().contains("Hidden news " + marker));
            }
        }
    }

    @Test
    void phoneSizedPagesNeverScrollSideways() {
        try (Browser phone = Browser.phone()) {
            for (String path : List.of("/events", "/events?when=past", "/jobs", "/news",
                    "/directory?country=FR")) {
                phone.open(path);
                phone.find(By.tagName("h1"));
                assertNoSidewaysScrolling(phone);
            }
        }
    }

    @Test
    void frenchAndGermanTextsAppearWhenTheLanguageIsSwitched() {
        try (Browser browser = Browser.desktop()) {
            browser.open("/directory?q=universit");
            assertEquals("Directory", browser.find(By.tagName("h1")).getText());

            browser.click(By.cssSelector("a.lang-fr"));
            browser.waitFor(d -> "Annuaire".equals(d.findElement(By.tagName("h1")).getText()));
            assertTrue(browser.driver().getCurrentUrl().contains("/directory?q=universit"),
                    browser.driver().getCurrentUrl());
            assertEquals("Actualités", browser.find(By.id("nav-news")).getText());
            assertTrue(browser.find(By.id("total")).getText().contains("trouvée"));

            browser.click(By.cssSelector("a.lang-de"));
            browser.waitFor(d -> "Verzeichnis".equals(
                    d.findElement(By.tagName("h1")).getText()));
            assertEquals("Veranstaltungen", browser.find(By.id("nav-events")).getText());
            browser.open("/events");
            assertEquals("Kommende", browser.find(By.id("tab-upcoming")).getText());
        }
    }

    @Test
    void taxonomiesCountriesAndAddressesShowInTheVisitorsLanguage() {
        String marker = SiteData.marker();
        try (SiteData data = new SiteData(); Browser browser = Browser.desktop()) {
            String scheme = data.create("/api/taxonomies", Json.createObjectBuilder()
                    .add("code", marker).add("labels", Json.createObjectBuilder()
                            .add("en", "Field " + marker).add("fr", "Domaine " + marker))
                    .add("appliesTo", Json.createArrayBuilder().add("entity"))).getString("id");
            String energy = data.create("/api/taxonomies/" + scheme + "/values",
                    Json.createObjectBuilder().add("code", "energy").add("labels",
                            Json.createObjectBuilder().add("en", "Energy").add("fr", "Énergie")))
                    .getString("id");
            String id = data.create("/api/entities", Json.createObjectBuilder()
                    .add("name", "Alpha " + marker).add("kind", "ngo")
                    .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("country", "BE")))
                    .add("identifiers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("scheme", "web-domain").add("value", marker + ".example")))
                    .add("tags", Json.createArrayBuilder().add(energy))).getString("id");
            data.create("/api/entities", Json.createObjectBuilder()
                    .add("name", "Beta " + marker).add("kind", "ngo")
                    .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("street", "Rue de la Loi 16").add("postalCode", "1000")
                            .add("city", "Bruxelles").add("country", "BE"))));

            browser.open("/directory?q=" + marker);
            browser.click(By.cssSelector("a.lang-fr"));
            browser.waitFor(d -> "Annuaire".equals(d.findElement(By.tagName("h1")).getText()));
            assertEquals(List.of("Belgique", "Bruxelles, Belgique"), texts(browser,
                    "#entities .entity-place"));
            assertFalse(browser.find(By.id("entities")).getText().contains("·"),
                    browser.find(By.id("entities")).getText());
            assertEquals(List.of("Domaine " + marker), texts(browser, "#facet-" + marker + " h2"));
            assertEquals(List.of("Énergie"), texts(browser, "#facet-" + marker + " .label"));
            browser.screenshot("site-directory-fr");

            browser.open("/directory/" + id);
            assertEquals("Belgique", browser.find(By.cssSelector(".site-facts address"))
                    .getText().strip());
            assertEquals(List.of("Domaine web " + marker + ".example"), texts(browser,
                    ".site-identifier"));
            assertEquals(List.of("Domaine " + marker), texts(browser, ".site-tags .tag-scheme"));
            assertEquals(List.of("Énergie"), texts(browser, ".site-tags .site-tag"));

            browser.open("/directory?tag=countries:continent-EU");
            assertEquals(List.of("Pays par continent"), texts(browser, "#facet-countries h2"));
            assertEquals(List.of("Europe"), texts(browser, "#facet-countries .facet-step"));
            assertTrue(texts(browser, "#facet-countries .label").contains("Allemagne"));
            assertTrue(texts(browser, "#facet-country .label").contains("Allemagne"));

            browser.click(By.cssSelector("a.lang-de"));
            browser.waitFor(d -> "Verzeichnis".equals(
                    d.findElement(By.tagName("h1")).getText()));
            assertEquals(List.of("Länder nach Kontinent"), texts(browser, "#facet-countries h2"));
            assertEquals(List.of("Europa"), texts(browser, "#facet-countries .facet-step"));
            assertTrue(texts(browser, "#facet-countries .label").contains("Deutschland"));
            browser.screenshot("site-directory-de");
            // The taxonomy has no German labels: its English ones are shown.
            browser.open("/directory?q=" + marker);
            assertEquals(List.of("Field " + marker), texts(browser, "#facet-" + marker + " h2"));
            assertEquals(List.of("Energy"), texts(browser, "#facet-" + marker + " .label"));
            assertEquals(List.of("Belgien", "Bruxelles, Belgien"), texts(browser,
                    "#entities .entity-place"));
        }
    }

    /** The text of each element as written in the page (headings are upper-cased by CSS). */
    private static List<String> texts(Browser browser, String css) {
        browser.find(By.cssSelector(css));
        return browser.findAll(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute("textContent").strip()).toList();
    }

    /** An English date and time range as the site shows it in the given zone. */
    private static String expectedWhen(Instant start, Instant end, ZoneId zone) {
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(Locale.ENGLISH);
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        return dateTime.format(from) + " – " + (to.toLocalDate().equals(from.toLocalDate())
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(Locale.ENGLISH).format(to) : dateTime.format(to));
    }

    private static jakarta.json.JsonObjectBuilder event(Instant start) {
        return Json.createObjectBuilder().add("event", Json.createObjectBuilder()
                .add("start", start.toString()).add("end", start.plus(2, ChronoUnit.HOURS)
                        .toString()).add("timeZone", "Europe/Luxembourg")
                .add("venue", "Maison du Savoir").add("city", "Esch-sur-Alzette")
                .add("country", "LU").add("attendance", "hybrid")
                .add("registrationUrl", "https://example.org/register"));
    }

    /** Clicks a facet value and checks the list then holds as many entities as it said. */
    private static void narrowsTo(Browser browser, String option, String... names) {
        long said = count(browser, option);
        String before = browser.driver().getCurrentUrl();
        browser.click(By.cssSelector(option));
        browser.waitFor(d -> !d.getCurrentUrl().equals(before));
        assertEquals(said, total(browser));
        assertEquals(List.of(names), names(browser));
    }

    private static long count(Browser browser, String option) {
        return Long.parseLong(browser.find(By.cssSelector(option + " .count")).getText()
                .replaceAll("\\D", ""));
    }

    private static long total(Browser browser) {
        String text = browser.find(By.id("total")).getText();
        return Long.parseLong(text.replaceAll("^\\D*([\\d,.\\s]+).*$", "$1")
                .replaceAll("\\D", ""));
    }

    private static List<String> names(Browser browser) {
        browser.find(By.id("total"));
        return browser.findAll(By.cssSelector("#entities h2")).stream()
                .map(WebElement::getText).toList();
    }

    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static void assertNoSidewaysScrolling(Browser browser) {
        Object fits = ((ChromeDriver) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        assertEquals(Boolean.TRUE, fits, browser.driver().getCurrentUrl());
    }
}
