package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.openxeco.it.Node;
import org.openxeco.it.Node.Caller;
import org.openxeco.it.Node.Reply;

/**
 * The bundled taxonomies page and the SKOS files of the taxonomies screen in a browser: a
 * bundled taxonomy missing a value is completed with one click; a scheme is downloaded as
 * Turtle and JSON-LD, and a SKOS file uploaded creates a taxonomy or lists its problems.
 */
class BundledTaxonomyPortalIT {

    @BeforeAll
    static void nodeHasStarted() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Node.awaitStarted();
    }

    @Test
    void aBundledTaxonomyMissingAValueIsCompletedByOneClick() {
        String scheme = TaxonomyPortalIT.taxonomyId("cybersecurity-domains");
        String deleted = deleteSomeUnusedValue(scheme);
        try (Browser browser = Browser.desktop()) {
            browser.signInAsAdmin();
            browser.open("/admin/index.xhtml").click(By.id("nav-bundled-taxonomies"));
            browser.waitFor(d -> d.getCurrentUrl().contains("/admin/bundled-taxonomies"));
            assertTrue(browser.text().contains("http://data.jrc.ec.europa.eu/ontology/cybersecurity"),
                    browser::text);
            assertTrue(browser.text().contains("A Proposal for a European Cybersecurity"), browser::text);
            int row = rowOf(browser, "cybersecurity-domains");
            String state = browser.find(By.id("bundled:list:" + row + ":state")).getText();
            assertTrue(state.startsWith("Incomplete"), state);

            browser.click(By.id("bundled:list:" + row + ":complete")).awaitAjax();
            browser.waitFor(d -> browser.text().contains("cybersecurity-domains: 1 value added"));
            int total = values(scheme).size();
            assertEquals("Installed with " + total + " values",
                    browser.find(By.id("bundled:list:" + row + ":state")).getText());
            assertTrue(browser.findAll(By.id("bundled:list:" + row + ":complete")).isEmpty());
            assertTrue(values(scheme).stream().anyMatch(v -> v.getString("id").equals(deleted)),
                    "the value came back under its own id");
            browser.screenshot("bundled-taxonomies");
        } finally {
            Node.send("/api/admin/bundled-taxonomies/cybersecurity-domains", "POST", Caller.ADMIN,
                    null, null, null);
        }
    }

    @Test
    void skosDownloadsAndAnUploadThatCreatesATaxonomyOrListsItsProblems() throws Exception {
        String code = "ui-skos-" + UUID.randomUUID().toString().substring(0, 8);
        Reply created = Node.post("/api/taxonomies", Caller.ADMIN, Json.createObjectBuilder()
                .add("code", code).add("labels", Json.createObjectBuilder().add("en", "Files"))
                .add("appliesTo", Json.createArrayBuilder().add("entity")).build());
        assertEquals(201, created.status(), created::toString);
        String location = created.header("Location").orElseThrow();
        Reply value = Node.post(location + "/values", Caller.ADMIN, Json.createObjectBuilder()
                .add("code", "v1").add("labels", Json.createObjectBuilder().add("en", "First")
                        .add("fr", "Premier")).build());
        assertEquals(201, value.status(), value::toString);
        Path downloads = Files.createTempDirectory("openxeco-skos");
        String importedCode = code + "-in";
        Path upload = downloads.resolve("upload.ttl");
        Files.writeString(upload, "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<http://portal.example.org/" + importedCode + "> a skos:ConceptScheme ;"
                + " skos:notation \"" + importedCode + "\" ; skos:prefLabel \"Uploaded\"@en .\n"
                + "<http://portal.example.org/" + importedCode + "/u> a skos:Concept ;"
                + " skos:notation \"u\" ; skos:prefLabel \"Uploaded value\"@en ;"
                + " skos:topConceptOf <http://portal.example.org/" + importedCode + "> .\n",
                StandardCharsets.UTF_8);
        Path broken = downloads.resolve("broken.ttl");
        Files.writeString(broken, "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<http://portal.example.org/b> a skos:ConceptScheme ; skos:prefLabel \"B\"@en .\n"
                + "<http://portal.example.org/b/1> a skos:Concept ; skos:notation \"one\" .\n",
                StandardCharsets.UTF_8);
        try (Browser browser = Browser.desktop()) {
            browser.signInAsAdmin();
            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.open("/admin/taxonomies.xhtml").click(By.linkText(code)).awaitAjax();
            browser.click(By.id("files:export-turtle"));
            Path turtle = downloads.resolve(code + ".ttl");
            browser.waitFor(d -> Files.isRegularFile(turtle) && TaxonomyPortalIT.size(turtle) > 0);
            String text = Files.readString(turtle, StandardCharsets.UTF_8);
            assertTrue(text.contains("\"Premier\"@fr") && text.contains("skos:notation")
                    && text.contains(location), text);
            browser.click(By.id("files:export-jsonld"));
            Path jsonLd = downloads.resolve(code + ".jsonld");
            browser.waitFor(d -> Files.isRegularFile(jsonLd) && TaxonomyPortalIT.size(jsonLd) > 0);
            assertTrue(Files.readString(jsonLd, StandardCharsets.UTF_8).contains("Premier"));

            browser.driver().findElement(By.id("skos:file_input")).sendKeys(broken.toString());
            browser.awaitAjax().waitFor(d -> browser.text().contains("was not imported"));
            assertTrue(browser.find(By.id("skos:problems")).getText().contains(
                    "concepts[http://portal.example.org/b/1].prefLabel"), browser::text);

            browser.driver().findElement(By.id("skos:file_input")).sendKeys(upload.toString());
            browser.awaitAjax().waitFor(d -> browser.text().contains("imported as the new"
                    + " taxonomy " + importedCode));
            browser.find(TaxonomyPortalIT.code("u"));
            browser.screenshot("skos-upload");
        } finally {
            deleteScheme(location);
            Node.get("/api/taxonomies", Caller.ADMIN).json().asJsonArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(s -> s.getString("code").equals(importedCode))
                    .forEach(s -> deleteScheme("/api/taxonomies/" + s.getString("id")));
        }
    }

    private static String deleteSomeUnusedValue(String scheme) {
        for (JsonObject v : values(scheme)) {
            Reply current = Node.get("/api/taxonomies/" + scheme + "/values/" + v.getString("id"),
                    Caller.ADMIN);
            Reply deleted = Node.delete("/api/taxonomies/" + scheme + "/values/"
                    + v.getString("id"), Caller.ADMIN, current.header("ETag").orElse(""));
            if (deleted.status() == 204) {
                return v.getString("id");
            }
        }
        throw new AssertionError("No value of " + scheme + " could be deleted");
    }

    private static List<JsonObject> values(String scheme) {
        return Node.get("/api/taxonomies/" + scheme + "/values", Caller.ADMIN).json()
                .asJsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static int rowOf(Browser browser, String code) {
        List<String> codes = browser.findAll(By.cssSelector("#bundled\\:list tbody .value-code"))
                .stream().map(e -> e.getText().strip()).toList();
        assertTrue(codes.contains(code), codes::toString);
        return codes.indexOf(code);
    }

    private static void deleteScheme(String url) {
        Reply current = Node.get(url, Caller.ADMIN);
        Node.delete(url, Caller.ADMIN, current.header("ETag").orElse(""));
    }
}
