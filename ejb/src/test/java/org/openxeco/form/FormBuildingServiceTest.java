package org.openxeco.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxeco.form.QuestionData.ChoiceData;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;

/** Building forms: the questions' rules, their order, publishing, and what answers protect. */
class FormBuildingServiceTest {

    private FormsData d;

    @BeforeEach
    void node() {
        d = new FormsData();
    }

    @AfterEach
    void close() {
        d.close();
    }

    static QuestionData text(String label, boolean required) {
        return new QuestionData(QuestionType.SHORT_TEXT, label, null, required, List.of());
    }

    static QuestionData choices(QuestionType type, String label, String... choices) {
        return new QuestionData(type, label, "Pick", false, java.util.Arrays.stream(choices)
                .map(c -> new ChoiceData(null, c)).toList());
    }

    private UUID form(Respondent respondent) {
        return d.admin(() -> d.builder.create(" Survey ", "About you", respondent)).getUuid();
    }

    private List<String> labels(UUID form) {
        return d.admin(() -> d.builder.get(form).getQuestions().stream()
                .map(Question::getLabel).toList());
    }

    @Test
    void questionsAreAddedEditedMovedAndRemovedInOrder() {
        UUID form = form(Respondent.MEMBER);
        UUID a = d.admin(() -> d.builder.addQuestion(form, text("A", true))).getUuid();
        UUID b = d.admin(() -> d.builder.addQuestion(form, choices(QuestionType.SINGLE_CHOICE,
                "B", "x", "y"))).getUuid();
        UUID c = d.admin(() -> d.builder.addQuestion(form, text("C", false))).getUuid();
        assertEquals(List.of("A", "B", "C"), labels(form));
        assertEquals("Survey", d.admin(() -> d.builder.get(form).getTitle()));

        d.admin(() -> {
            d.builder.moveQuestion(form, c, -2);
            return null;
        });
        assertEquals(List.of("C", "A", "B"), labels(form));
        d.admin(() -> {
            d.builder.moveQuestion(form, c, 5);
            return null;
        });
        assertEquals(List.of("A", "B", "C"), labels(form));

        d.admin(() -> d.builder.updateQuestion(form, b, new QuestionData(
                QuestionType.MULTIPLE_CHOICE, "B2", "help", true, List.of(
                        new ChoiceData(null, "z"), new ChoiceData(null, "x")))));
        Question edited = d.admin(() -> d.builder.get(form).getQuestions().get(1));
        assertEquals(QuestionType.MULTIPLE_CHOICE, edited.getType());
        assertEquals(List.of("z", "x"), edited.getChoices().stream().map(Choice::getLabel)
                .toList());
        assertEquals("help", edited.getHelp());
        assertTrue(edited.isRequired());

        d.admin(() -> {
            d.builder.removeQuestion(form, a);
            return null;
        });
        assertEquals(List.of("B2", "C"), labels(form));
        assertEquals(List.of(0, 1), d.admin(() -> d.builder.get(form).getQuestions().stream()
                .map(Question::getPosition).toList()));
    }

    @Test
    void aQuestionNeedsItsWordingAndAChoiceQuestionTwoDistinctChoices() {
        UUID form = form(Respondent.MEMBER);
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> d.admin(() -> d.builder.addQuestion(form, text(" ", false))));
        assertEquals(List.of("label"), blank.errors().stream().map(FieldError::field).toList());
        assertEquals("A question needs its wording", blank.errors().get(0).message());
        InvalidInputException one = assertThrows(InvalidInputException.class,
                () -> d.admin(() -> d.builder.addQuestion(form,
                        choices(QuestionType.SINGLE_CHOICE, "Q", "only"))));
        assertEquals("A choice question needs at least two choices",
                one.errors().get(0).message());
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> d.admin(() -> d.builder.addQuestion(form,
                        choices(QuestionType.MULTIPLE_CHOICE, "Q", "Yes", "yes"))));
        assertEquals("choices", twice.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> d.admin(() -> d.builder.addQuestion(
                form, new QuestionData(null, "Q", null, false, List.of()))));
        assertThrows(InvalidInputException.class,
                () -> d.admin(() -> d.builder.create("", null, Respondent.MEMBER)));
        assertEquals(List.of(), labels(form), "nothing refused was stored");
    }

    @Test
    void aFormIsPublishedWithQuestionsThenClosedAndThenFrozen() {
        UUID form = form(Respondent.MEMBER);
        assertThrows(ConflictException.class, () -> d.admin(() -> d.builder.publish(form)));
        UUID q = d.admin(() -> d.builder.addQuestion(form, text("A", false))).getUuid();
        assertThrows(ConflictException.class, () -> d.admin(() -> d.builder.close(form)));

        assertEquals(FormState.PUBLISHED, d.admin(() -> d.builder.publish(form)).getState());
        assertThrows(ConflictException.class, () -> d.admin(() -> d.builder.publish(form)));
        assertThrows(ConflictException.class, () -> d.admin(() -> {
            d.builder.delete(form);
            return null;
        }));
        assertEquals(FormState.CLOSED, d.admin(() -> d.builder.close(form)).getState());

        ConflictException frozen = assertThrows(ConflictException.class,
                () -> d.admin(() -> d.builder.updateQuestion(form, q, text("B", false))));
        assertEquals("This form is closed and can no longer change", frozen.getMessage());
        assertEquals(List.of("A"), labels(form));
    }

    @Test
    void answersRefuseChangesThatWouldBreakThemAndAllowTheOthers() {
        UUID form = form(Respondent.MEMBER);
        Question pick = d.admin(() -> d.builder.addQuestion(form,
                choices(QuestionType.SINGLE_CHOICE, "Pick", "x", "y")));
        UUID text = d.admin(() -> d.builder.addQuestion(form, text("Text", false))).getUuid();
        d.admin(() -> d.builder.publish(form));
        String member = d.member();
        d.as(member, () -> d.answers.save(form, null, Map.of(text,
                AnswerInput.text("draft")), false));

        assertThrows(ConflictException.class,
                () -> d.admin(() -> d.builder.addQuestion(form, text("New", false))));
        assertThrows(ConflictException.class, () -> d.admin(() -> {
            d.builder.removeQuestion(form, text);
            return null;
        }));
        ConflictException retype = assertThrows(ConflictException.class, () -> d.admin(
                () -> d.builder.updateQuestion(form, text, new QuestionData(QuestionType.NUMBER,
                        "Text", null, false, List.of()))));
        assertEquals("form-answered", retype.kind());
        assertThrows(ConflictException.class,
                () -> d.admin(() -> d.builder.updateQuestion(form, text, text("Text", true))));
        List<ChoiceData> kept = new ArrayList<>(QuestionData.of(pick).choices());
        kept.remove(1);
        kept.add(new ChoiceData(null, "z"));
        ConflictException removed = assertThrows(ConflictException.class, () -> d.admin(
                () -> d.builder.updateQuestion(form, pick.getUuid(), new QuestionData(
                        QuestionType.SINGLE_CHOICE, "Pick", null, false, kept))));
        assertTrue(removed.getMessage().contains("not removed"), removed.getMessage());
        assertThrows(ConflictException.class, () -> d.admin(() -> d.builder.describe(form,
                d.builder.get(form).getVersion(), "Survey", null, Respondent.ENTITY)));

        List<ChoiceData> renamed = new ArrayList<>(QuestionData.of(pick).choices());
        renamed.set(0, new ChoiceData(renamed.get(0).id(), "x renamed"));
        renamed.add(new ChoiceData(null, "z"));
        d.admin(() -> d.builder.updateQuestion(form, pick.getUuid(), new QuestionData(
                QuestionType.SINGLE_CHOICE, "Pick one", "now", false, renamed)));
        d.admin(() -> {
            d.builder.moveQuestion(form, text, -1);
            return null;
        });
        assertEquals(List.of("Text", "Pick one"), labels(form));
        assertEquals(List.of("x renamed", "y", "z"), d.admin(() -> d.builder.get(form)
                .getQuestions().get(1).getChoices().stream().map(Choice::getLabel).toList()));
    }

    @Test
    void onlyAnAdministratorBuildsForms() {
        String member = d.member();
        assertThrows(NotAllowedException.class,
                () -> d.as(member, () -> d.builder.create("Mine", null, Respondent.MEMBER)));
        assertThrows(NotAllowedException.class, () -> d.as(member, () -> d.builder.list()));
        assertTrue(d.admin(() -> d.builder.list()).isEmpty());
    }
}
