package org.openxeco.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openxeco.it.Node;

/**
 * Forms from end to end: an administrator builds a form (three questions, one moved),
 * publishes it; two members answer it in the portal, one after a refused send that keeps
 * what was typed and a saved draft; the administrator cannot retype an answered question,
 * sees the counts per choice and the respondents, and exports both answers as CSV.
 */
class FormsPortalIT {

    @BeforeAll
    static void nodeHasStarted() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Node.awaitStarted();
    }

    @Test
    void anAdministratorBuildsAFormTwoMembersAnswerItAndTheResultsCountBoth() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String title = "Hub survey " + suffix;
        String ada = "fa-" + suffix;
        String bob = "fb-" + suffix;
        MemberPortalIT.member(ada);
        MemberPortalIT.member(bob);
        try (Browser admin = Browser.desktop(); Browser member = Browser.desktop()) {
            try {
                admin.signInAsAdmin();
                String formId = build(admin, title);
                member.signIn(ada, MemberPortalIT.PASSWORD);
                answerAfterARefusal(member, title);
                member.click(By.id("sign-out-form:sign-out"));
                member.signIn(bob, MemberPortalIT.PASSWORD);
                answer(member, title, "Bob", List.of("Java", "Go"), "No");
                answersProtectTheQuestions(admin, formId);
                results(admin, formId, ada, bob);
            } catch (RuntimeException | AssertionError failure) {
                TaxonomyPortalIT.keepEvidence(admin, "forms-failure-admin");
                TaxonomyPortalIT.keepEvidence(member, "forms-failure-member");
                throw failure;
            }
        }
    }

    private static String build(Browser admin, String title) {
        admin.open("/admin/forms/index.xhtml");
        admin.type(By.id("new-form:title"), title);
        admin.type(By.id("new-form:description"), "Tell us how you work");
        admin.click(By.id("new-form:create"));
        admin.waitFor(d -> d.getCurrentUrl().contains("/admin/forms/edit"));
        String formId = admin.driver().getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");

        question(admin, null, "Your name", true, null);
        question(admin, "Yes or no", "Happy with the hub", false, null);
        question(admin, "Multiple choice", "Tools you use", true, "Java\nRust\nGo");
        List<WebElement> rows = admin.findAll(By.cssSelector("tr.question-row"));
        admin.click(By.id("questions-form:questions:2:up"));
        admin.waitFor(d -> questionLabels(admin).equals(List.of("Your name *",
                "Tools you use *", "Happy with the hub")));
        assertEquals(3, rows.size());
        assertTrue(admin.find(By.cssSelector("tr.question-row:nth-child(2) .question-choices"))
                .getText().contains("Java · Rust · Go"), admin::text);

        admin.click(By.id("state-form:publish"));
        admin.click(By.cssSelector(".ui-confirmdialog-yes"));
        admin.waitFor(d -> admin.find(By.id("form-state")).getText().equals("Published"));
        admin.screenshot("forms-builder");
        return formId;
    }

    private static List<String> questionLabels(Browser admin) {
        return admin.findAll(By.cssSelector("tr.question-row .question-label")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    private static void question(Browser admin, String type, String label, boolean required,
            String choices) {
        int before = admin.findAll(By.cssSelector("tr.question-row")).size();
        admin.click(By.id("questions-form:add-question"));
        if (type != null) {
            chooseType(admin, type);
        }
        admin.type(By.id("question-form:label"), label);
        admin.type(By.id("question-form:help"), "About " + label.toLowerCase());
        if (required) {
            admin.click(By.cssSelector("[id='question-form:required'] .ui-chkbox-box"));
        }
        if (choices != null) {
            admin.type(By.id("question-form:choices"), choices);
        }
        admin.click(By.id("question-form:save-question"));
        admin.waitFor(d -> admin.findAll(By.cssSelector("tr.question-row")).size() == before + 1);
    }

    /**
     * Picks the type in the menu the way a person does: open it, wait until its list stops
     * moving, click the type; again if the menu does not show it as chosen.
     */
    private static void chooseType(Browser admin, String type) {
        By label = By.id("question-form:type_label");
        By panel = By.id("question-form:type_panel");
        By item = By.cssSelector("[id='question-form:type_items'] li[data-label='" + type
                + "']");
        for (int attempt = 0; attempt < 3 && !admin.find(label).getText().equals(type);
                attempt++) {
            ((JavascriptExecutor) admin.driver()).executeScript("arguments[0].scrollIntoView("
                    + "{block: 'center'});", admin.find(By.id("question-form:type")));
            if (!admin.driver().findElement(panel).isDisplayed()) {
                admin.click(By.id("question-form:type"));
            }
            WebElement choice = admin.find(item);
            admin.waitFor(d -> {
                Rectangle before = choice.getRect();
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return before.equals(choice.getRect());
            });
            choice.click();
            admin.waitFor(d -> !d.findElement(panel).isDisplayed()
                    || d.findElement(label).getText().equals(type));
        }
        assertEquals(type, admin.find(label).getText());
    }

    /** Opens the form from the member's list. */
    private static void open(Browser member, String title) {
        member.open("/my/forms/index.xhtml");
        WebElement row = member.waitFor(d -> d.findElements(By.cssSelector("tr.my-form-row"))
                .stream().filter(r -> r.getText().contains(title)).findFirst().orElse(null));
        row.findElement(By.cssSelector("a.my-form-open")).click();
        member.waitFor(d -> d.getCurrentUrl().contains("/my/forms/answer"));
    }

    private static void answerAfterARefusal(Browser member, String title) {
        open(member, title);
        member.type(By.id("answer-form:questions:0:short"), "Ada");
        send(member);
        WebElement tools = member.find(By.id("answer-form:questions:1:q"));
        member.waitFor(d -> tools.getText().contains("An answer is required"));
        assertEquals("Ada", member.find(By.id("answer-form:questions:0:short"))
                .getAttribute("value"), "kept after the refusal");
        assertTrue(member.text().contains("Nothing you entered was lost"), member::text);
        member.screenshot("forms-refused");

        pick(member, 1, "Rust");
        member.click(By.id("answer-form:save"));
        member.waitFor(d -> member.text().contains("Draft saved"));
        open(member, title);
        assertEquals("Ada", member.find(By.id("answer-form:questions:0:short"))
                .getAttribute("value"), "the draft came back");
        pick(member, 1, "Java");
        pick(member, 2, "Yes");
        send(member);
        member.waitFor(d -> member.text().contains("Your answer was sent"));
        assertTrue(member.find(By.id("answer-form:questions:1:q")).getText()
                .contains("Java, Rust"), member::text);
        member.open("/my/forms/index.xhtml");
        assertTrue(member.text().contains("Sent"), member::text);
    }

    private static void answer(Browser member, String title, String name, List<String> tools,
            String happy) {
        open(member, title);
        member.type(By.id("answer-form:questions:0:short"), name);
        tools.forEach(tool -> pick(member, 1, tool));
        pick(member, 2, happy);
        send(member);
        member.waitFor(d -> member.text().contains("Your answer was sent"));
    }

    /** Ticks or picks the choice of this label in the question at the index. */
    private static void pick(Browser member, int question, String label) {
        member.click(By.xpath("//*[@id='answer-form:questions:" + question + ":q']"
                + "//label[normalize-space()='" + label + "']"));
    }

    private static void send(Browser member) {
        member.click(By.id("answer-form:submit"));
        member.click(By.cssSelector(".ui-confirmdialog-yes"));
    }

    /** With answers, retyping a question is refused with the reason, and nothing changes. */
    private static void answersProtectTheQuestions(Browser admin, String formId) {
        admin.open("/admin/forms/edit.xhtml?id=" + formId);
        assertTrue(admin.find(By.id("answered-note")).getText()
                .contains("This form has answers"), admin::text);
        admin.click(By.id("questions-form:questions:0:edit"));
        chooseType(admin, "Number");
        admin.click(By.id("question-form:save-question"));
        admin.waitFor(d -> admin.text().contains(
                "This form already has answers: the type of a question can no longer change"));
        admin.open("/admin/forms/edit.xhtml?id=" + formId);
        assertEquals("Short text", admin.find(By.cssSelector(
                "tr.question-row:nth-child(1) .question-type")).getText());
    }

    private static void results(Browser admin, String formId, String ada, String bob)
            throws IOException {
        admin.open("/admin/forms/results.xhtml?id=" + formId);
        assertTrue(admin.find(By.id("results-summary")).getText().contains("Answers sent: 2"),
                admin::text);
        WebElement tools = admin.findAll(By.cssSelector("section.question-result")).get(1);
        assertTrue(tools.getText().contains("Answered by 2"), tools::getText);
        Map<String, String> counts = tools.findElements(By.cssSelector(".chart-numbers tbody tr"))
                .stream().collect(Collectors.toMap(
                        r -> r.findElement(By.tagName("th")).getAttribute("textContent").strip(),
                        r -> r.findElement(By.tagName("td")).getAttribute("textContent").strip()));
        assertEquals(Map.of("Java", "2", "Rust", "1", "Go", "1"), counts);
        assertEquals(1, tools.findElements(By.tagName("canvas")).size(), "a chart is drawn");
        WebElement happy = admin.findAll(By.cssSelector("section.question-result")).get(2);
        assertTrue(happy.findElement(By.cssSelector(".chart-numbers tbody"))
                .getAttribute("textContent").replaceAll("\\s+", " ").contains("Yes 1 No 1"),
                happy::getText);
        String respondents = admin.find(By.id("respondents")).getText();
        assertTrue(respondents.contains(ada) && respondents.contains(bob), respondents);
        admin.screenshot("forms-results");

        String href = admin.find(By.id("export-csv")).getAttribute("href");
        String csv = (String) ((JavascriptExecutor) admin.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0])"
                + ".then(r => r.text()).then(done, e => done(String(e)));", href);
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.replace("\ufeff", "")),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("response", "submitted", "member", "entity", "Your name",
                    "Tools you use", "Happy with the hub"), parser.getHeaderNames());
            Map<String, CSVRecord> rows = parser.getRecords().stream()
                    .collect(Collectors.toMap(r -> r.get("member"), Function.identity()));
            assertEquals(2, rows.size(), csv);
            assertEquals("Ada", rows.get(ada).get("Your name"));
            assertEquals("Java | Rust", rows.get(ada).get("Tools you use"));
            assertEquals("true", rows.get(ada).get("Happy with the hub"));
            assertEquals("Java | Go", rows.get(bob).get("Tools you use"));
            assertEquals("false", rows.get(bob).get("Happy with the hub"));
        }
    }
}
