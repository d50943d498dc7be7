package org.openxeco.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleCsv;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleStatus;
import org.openxeco.media.CsvReport;
import org.openxeco.media.ImportMode;
import org.openxeco.media.RowResult;
import org.openxeco.testing.CsvFiles;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

/**
 * The services word their refusals in the language the portal set for the request, and in
 * English when none is set (the API): a SKOS file's problems, a CSV row's, an article's rule.
 */
class ProblemLanguagesServiceTest {

    private static final Instant MAY_2031 = Instant.parse("2031-05-02T10:00:00Z");

    private static Services node;

    @BeforeAll
    static void start() {
        node = new Services();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @AfterEach
    void leave() {
        RequestLocale.clear();
    }

    /** Sets the language as the portal does; none (an empty cell) as the API leaves it. */
    private static void enter(String language) {
        if (language != null) {
            RequestLocale.enter(Locale.forLanguageTag(language));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|The file has no skos:ConceptScheme|The label \"T\" has no language tag",
        "fr|Le fichier n’a pas de skos:ConceptScheme"
                + "|Le libellé «\u00a0T\u00a0» n’a pas d’étiquette de langue",
        "de|Die Datei hat kein skos:ConceptScheme|Die Bezeichnung „T“ hat kein Sprachkürzel"})
    void skosProblemsComeInTheLanguageOfTheRequest(String language, String noScheme,
            String untagged) {
        enter(language);
        String prefix = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "@prefix ex: <http://ex.org/> .\n";
        assertEquals(List.of(new FieldError("scheme", noScheme)), refusedSkos(prefix
                + "ex:c a skos:Concept ; skos:prefLabel \"C\"@en .\n"));
        assertEquals(List.of(new FieldError("concepts[http://ex.org/t].prefLabel", untagged)),
                refusedSkos(prefix + "ex:s a skos:ConceptScheme ; skos:prefLabel \"S\"@en .\n"
                        + "ex:t a skos:Concept ; skos:prefLabel \"T\" .\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|The end lies before the start|must be a UTC date and time such as"
                + " 2030-05-17T09:30:00Z, not yesterday|Unknown column colour",
        "fr|La fin est avant le début|doit être une date et heure UTC comme"
                + " 2030-05-17T09:30:00Z, pas yesterday|Colonne inconnue colour",
        "de|Das Ende liegt vor dem Beginn|muss ein UTC-Datum mit Uhrzeit wie"
                + " 2030-05-17T09:30:00Z sein, nicht yesterday|Unbekannte Spalte colour"})
    void csvRowAndFileErrorsComeInTheLanguageOfTheRequest(String language, String endFirst,
            String badInstant, String unknownColumn) {
        enter(language);
        byte[] file = CsvFiles.file(ArticleCsv.HEADER,
                Map.of("type", "EVENT", "title", Fixtures.unique("Backwards"),
                        "event_start", "2031-05-02T10:00:00Z", "event_end",
                        "2031-05-01T10:00:00Z", "event_time_zone", "Europe/Luxembourg"),
                Map.of("type", "NEWS", "title", Fixtures.unique("News"),
                        "published_at", "yesterday"));

        CsvReport report = CsvFiles.importArticles(node, file, ImportMode.ROW_BY_ROW);

        assertEquals(List.of(List.of(new FieldError("event_end", endFirst)),
                List.of(new FieldError("published_at", badInstant))),
                report.rejected().stream().map(RowResult::errors).toList());
        String header = String.join(",", ArticleCsv.HEADER) + ",colour\n";
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CsvFiles.importArticles(node, header.getBytes(StandardCharsets.UTF_8),
                        ImportMode.ROW_BY_ROW));
        assertEquals(List.of(new FieldError("header", unknownColumn)), refused.errors());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|The end lies before the start|Unknown time zone Mars/Olympus",
        "fr|La fin est avant le début|Fuseau horaire inconnu Mars/Olympus",
        "de|Das Ende liegt vor dem Beginn|Unbekannte Zeitzone Mars/Olympus"})
    void articleRulesComeInTheLanguageOfTheRequest(String language, String endFirst,
            String unknownZone) {
        enter(language);
        Article event = Fixtures.event(Fixtures.unique("Event"), MAY_2031, ArticleStatus.DRAFT);
        event.getEvent().orElseThrow().setEnd(MAY_2031.minusSeconds(60));
        event.getEvent().orElseThrow().setTimeZone("Mars/Olympus");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> node.asAdmin(() -> node.articles.create(event, ArticleReferences.none())));

        assertEquals(List.of(new FieldError("event.end", endFirst),
                new FieldError("event.timeZone", unknownZone)), refused.errors());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|The file names the JSON-LD context https://ctx.example.org/skos.jsonld,|Syntax error",
        "fr|Le fichier désigne le contexte JSON-LD https://ctx.example.org/skos.jsonld,"
                + "|Erreur de syntaxe",
        "de|Die Datei nennt den JSON-LD-Kontext https://ctx.example.org/skos.jsonld,"
                + "|Syntaxfehler"})
    void parserRefusalsHaveALeadInInTheLanguageOfTheRequest(String language, String context,
            String syntax) {
        enter(language);

        List<FieldError> remote = refusedSkos("{\"@context\": \"https://ctx.example.org/"
                + "skos.jsonld\", \"@id\": \"http://ex.org/s\"}", "application/ld+json",
                "file.jsonld");
        List<FieldError> broken = refusedSkos("{\"@id\": ", "application/ld+json",
                "file.jsonld");

        assertEquals(1, remote.size(), remote::toString);
        assertTrue(remote.get(0).message().startsWith(context), remote::toString);
        assertEquals(1, broken.size(), broken::toString);
        assertTrue(broken.get(0).message().startsWith(syntax), broken::toString);
    }

    private static List<FieldError> refusedSkos(String turtle) {
        return refusedSkos(turtle, "text/turtle", "file.ttl");
    }

    private static List<FieldError> refusedSkos(String text, String type, String name) {
        return assertThrows(InvalidInputException.class, () -> node.asAdmin(
                () -> node.skosImport.importFile(text.getBytes(StandardCharsets.UTF_8),
                        type, name))).errors();
    }
}
