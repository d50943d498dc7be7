package org.openxeco.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxeco.kernel.NotAllowedException;

/** A form's results: counts per question and choice, respondents, and the CSV export. */
class FormResultsServiceTest {

    private FormsData d;
    private UUID form;
    private List<Question> q;

    @BeforeEach
    void node() {
        d = new FormsData();
        form = d.admin(() -> d.builder.create("Results", null, Respondent.MEMBER)).getUuid();
        for (QuestionData data : List.of(
                FormBuildingServiceTest.text("Name", false),
                FormBuildingServiceTest.choices(QuestionType.MULTIPLE_CHOICE, "Tools", "=cmd",
                        "Rust", "Java"),
                new QuestionData(QuestionType.YES_NO, "Happy", null, false, List.of()),
                new QuestionData(QuestionType.NUMBER, "Staff", null, false, List.of()),
                new QuestionData(QuestionType.DATE, "Since", null, false, List.of()))) {
            d.admin(() -> d.builder.addQuestion(form, data));
        }
        q = d.admin(() -> d.builder.publish(form)).getQuestions();
    }

    @AfterEach
    void close() {
        d.close();
    }

    private String answer(boolean send, String name, List<Integer> tools, String happy,
            String staff, String since) {
        String member = d.member();
        List<UUID> picked = tools.stream().map(i -> q.get(1).getChoices().get(i).getUuid())
                .toList();
        Map<UUID, AnswerInput> in = Map.of(q.get(0).getUuid(), AnswerInput.text(name),
                q.get(1).getUuid(), new AnswerInput(null, picked),
                q.get(2).getUuid(), AnswerInput.text(happy),
                q.get(3).getUuid(), AnswerInput.text(staff),
                q.get(4).getUuid(), AnswerInput.text(since));
        d.as(member, () -> d.answers.save(form, null, in, send));
        return member;
    }

    @Test
    void sentAnswersAreCountedPerQuestionAndChoiceAndDraftsAreNot() {
        answer(true, "Ada", List.of(0, 2), "true", "10", "2020-01-05");
        answer(true, "Bob", List.of(2), "false", "20", "2021-06-30");
        answer(true, "", List.of(2, 1), "true", "", "");
        answer(false, "Draft", List.of(0, 1, 2), "false", "1000", "1999-01-01");

        List<QuestionResult> results = d.admin(() -> d.results.questions(form));
        assertEquals(List.of(2L, 3L, 3L, 2L, 2L), results.stream()
                .map(QuestionResult::answered).toList());
        assertEquals(List.of(1L, 1L, 3L), results.get(1).counts().stream()
                .map(QuestionResult.Count::count).toList());
        assertEquals(List.of("=cmd", "Rust", "Java"), results.get(1).counts().stream()
                .map(QuestionResult.Count::label).toList());
        assertEquals(List.of(new QuestionResult.Count("yes", null, 2),
                new QuestionResult.Count("no", null, 1)), results.get(2).counts());
        assertEquals(new BigDecimal("10"), results.get(3).min());
        assertEquals(new BigDecimal("20"), results.get(3).max());
        assertEquals(new BigDecimal("15"), results.get(3).mean());
        assertEquals(LocalDate.of(2020, 1, 5), results.get(4).first());
        assertEquals(LocalDate.of(2021, 6, 30), results.get(4).last());
        assertNull(results.get(0).min());
        assertEquals(Map.of(ResponseState.DRAFT, 1L, ResponseState.SUBMITTED, 3L),
                d.admin(() -> d.results.responses(form)));
        assertEquals(List.of(ResponseState.SUBMITTED, ResponseState.SUBMITTED,
                ResponseState.SUBMITTED, ResponseState.DRAFT), d.admin(() -> d.results
                        .respondents(form)).stream().map(FormResponse::getState).toList());
    }

    @Test
    void theCsvHasOneRowPerSentAnswerAndOneColumnPerQuestion() throws IOException {
        String ada = answer(true, "=HYPERLINK(\"x\")", List.of(2, 0), "true", "12.50",
                "2020-01-05");
        String bob = answer(true, "Bob, \"the\" builder", List.of(), "false", "-3", "");
        answer(false, "Draft", List.of(1), "false", "7", "2001-01-01");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = d.admin(() -> d.csv.write(form, out, false));
        assertEquals(2, written);
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(out.toString(
                StandardCharsets.UTF_8)), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("response", "submitted", "member", "entity", "Name", "Tools",
                    "Happy", "Staff", "Since"), parser.getHeaderNames());
            rows = new ArrayList<>(parser.getRecords());
        }
        assertEquals(2, rows.size());
        rows.sort((a, b) -> a.get("member").equals(ada) ? -1 : 1);
        CSVRecord first = rows.get(0);
        assertEquals(ada, first.get("member"));
        assertEquals("'=HYPERLINK(\"x\")", first.get("Name"), "no formula reaches a sheet");
        assertEquals("'=cmd | Java", first.get("Tools"), "joined in the question's order");
        assertEquals("true", first.get("Happy"));
        assertEquals("12.5", first.get("Staff"));
        assertEquals("2020-01-05", first.get("Since"));
        assertEquals("", first.get("entity"));
        CSVRecord second = rows.get(1);
        assertEquals(bob, second.get("member"));
        assertEquals("Bob, \"the\" builder", second.get("Name"));
        assertEquals("", second.get("Tools"));
        assertEquals("false", second.get("Happy"));
        assertEquals("'-3", second.get("Staff"));
        assertEquals("", second.get("Since"));
    }

    @Test
    void onlyAnAdministratorReadsTheResults() {
        String member = answer(true, "Ada", List.of(), "true", "1", "");
        assertThrows(NotAllowedException.class,
                () -> d.as(member, () -> d.results.questions(form)));
        assertThrows(NotAllowedException.class,
                () -> d.as(member, () -> d.results.respondents(form)));
        assertThrows(NotAllowedException.class, () -> d.as(member,
                () -> d.csv.write(form, new ByteArrayOutputStream(), false)));
    }
}
