package org.openxeco.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.NotFoundException;

/** Members answering forms: types and required questions, drafts, one answer each, entities. */
class FormAnswerServiceTest {

    private FormsData d;
    private UUID form;
    private Map<QuestionType, Question> q;

    @BeforeEach
    void node() {
        d = new FormsData();
    }

    @AfterEach
    void close() {
        d.close();
    }

    /** A published form with one question of each type, all required but the long text. */
    private void everyType(Respondent respondent) {
        form = d.admin(() -> d.builder.create("Every type", null, respondent)).getUuid();
        q = new java.util.EnumMap<>(QuestionType.class);
        for (QuestionType type : QuestionType.values()) {
            List<QuestionData.ChoiceData> choices = !type.hasChoices() ? List.of()
                    : FormBuildingServiceTest.choices(type, "", "a", "b", "c").choices();
            QuestionData data = new QuestionData(type, type.name(), null,
                    type != QuestionType.LONG_TEXT, choices);
            d.admin(() -> d.builder.addQuestion(form, data));
        }
        d.admin(() -> d.builder.publish(form)).getQuestions()
                .forEach(question -> q.put(question.getType(), question));
    }

    private UUID choice(QuestionType type, int index) {
        return q.get(type).getChoices().get(index).getUuid();
    }

    private Map<UUID, AnswerInput> complete() {
        Map<UUID, AnswerInput> in = new HashMap<>();
        in.put(q.get(QuestionType.SHORT_TEXT).getUuid(), AnswerInput.text(" Ada "));
        in.put(q.get(QuestionType.SINGLE_CHOICE).getUuid(), AnswerInput.choices(
                choice(QuestionType.SINGLE_CHOICE, 1)));
        in.put(q.get(QuestionType.MULTIPLE_CHOICE).getUuid(), AnswerInput.choices(
                choice(QuestionType.MULTIPLE_CHOICE, 2), choice(QuestionType.MULTIPLE_CHOICE, 0)));
        in.put(q.get(QuestionType.YES_NO).getUuid(), AnswerInput.text("true"));
        in.put(q.get(QuestionType.NUMBER).getUuid(), AnswerInput.text("12,5"));
        in.put(q.get(QuestionType.DATE).getUuid(), AnswerInput.text("2026-03-01"));
        return in;
    }

    private static Map<String, String> problems(InvalidInputException e) {
        Map<String, String> found = new TreeMap<>();
        e.errors().forEach(error -> found.put(error.field(), error.message()));
        return found;
    }

    @Test
    void sendingChecksEveryRequiredQuestionAndEveryTypeAndStoresNothingOnRefusal() {
        everyType(Respondent.MEMBER);
        String member = d.member();
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> d.as(member, () -> d.answers.save(form, null, Map.of(), true)));
        assertEquals(6, empty.errors().size(), "all but the optional long text");
        assertTrue(empty.errors().stream().map(FieldError::message)
                .allMatch("An answer is required"::equals));

        Map<UUID, AnswerInput> wrong = complete();
        wrong.put(q.get(QuestionType.NUMBER).getUuid(), AnswerInput.text("twelve"));
        wrong.put(q.get(QuestionType.DATE).getUuid(), AnswerInput.text("31/02/2026"));
        wrong.put(q.get(QuestionType.YES_NO).getUuid(), AnswerInput.text("maybe"));
        wrong.put(q.get(QuestionType.SINGLE_CHOICE).getUuid(), AnswerInput.choices(
                choice(QuestionType.SINGLE_CHOICE, 0), choice(QuestionType.SINGLE_CHOICE, 1)));
        wrong.put(q.get(QuestionType.MULTIPLE_CHOICE).getUuid(), AnswerInput.choices(
                choice(QuestionType.SINGLE_CHOICE, 0)));
        InvalidInputException typed = assertThrows(InvalidInputException.class,
                () -> d.as(member, () -> d.answers.save(form, null, wrong, false)));
        assertEquals(Map.of(q.get(QuestionType.NUMBER).getUuid().toString(), "Not a number",
                q.get(QuestionType.DATE).getUuid().toString(), "Not a date (year-month-day)",
                q.get(QuestionType.YES_NO).getUuid().toString(), "Answer yes or no",
                q.get(QuestionType.SINGLE_CHOICE).getUuid().toString(), "Pick only one choice",
                q.get(QuestionType.MULTIPLE_CHOICE).getUuid().toString(),
                "Not one of the choices"), problems(typed), "types are checked in drafts too");
        assertTrue(d.as(member, () -> d.answers.response(form, null)).isEmpty());

        FormResponse sent = d.as(member, () -> d.answers.save(form, null, complete(), true));
        assertEquals(ResponseState.SUBMITTED, sent.getState());
        FormResponse read = d.as(member, () -> d.answers.response(form, null)).orElseThrow();
        assertEquals("Ada", read.answer(q.get(QuestionType.SHORT_TEXT)).orElseThrow().getText());
        assertEquals(0, new BigDecimal("12.5").compareTo(read.answer(q.get(QuestionType.NUMBER))
                .orElseThrow().getNumber()));
        assertEquals(LocalDate.of(2026, 3, 1), read.answer(q.get(QuestionType.DATE))
                .orElseThrow().getDate());
        assertEquals(true, read.answer(q.get(QuestionType.YES_NO)).orElseThrow().getFlag());
        assertEquals(List.of("a", "c"), read.answer(q.get(QuestionType.MULTIPLE_CHOICE))
                .orElseThrow().getChoices().stream().map(Choice::getLabel).toList());
        assertTrue(read.answer(q.get(QuestionType.LONG_TEXT)).isEmpty());
        assertTrue(read.getSubmitted() != null);
    }

    @Test
    void aDraftKeepsPartialAnswersUntilTheMemberSendsIt() {
        everyType(Respondent.MEMBER);
        String member = d.member();
        UUID text = q.get(QuestionType.SHORT_TEXT).getUuid();
        UUID number = q.get(QuestionType.NUMBER).getUuid();
        d.as(member, () -> d.answers.save(form, null, Map.of(text, AnswerInput.text("first"),
                number, AnswerInput.text("3")), false));
        d.as(member, () -> d.answers.save(form, null, Map.of(text, AnswerInput.text("second")),
                false));

        FormResponse draft = d.as(member, () -> d.answers.response(form, null)).orElseThrow();
        assertEquals(ResponseState.DRAFT, draft.getState());
        assertNull(draft.getSubmitted());
        assertEquals("second", draft.answer(q.get(QuestionType.SHORT_TEXT)).orElseThrow()
                .getText());
        assertTrue(draft.answer(q.get(QuestionType.NUMBER)).isEmpty(), "cleared in the draft");
        assertEquals(1, d.as(member, () -> d.answers.mine()).size());

        UUID sent = d.as(member, () -> d.answers.save(form, null, complete(), true)).getUuid();
        assertEquals(draft.getUuid(), sent, "the draft is the answer sent");
    }

    @Test
    void aMemberSendsOneAnswerAndCannotChangeItAfterwards() {
        everyType(Respondent.MEMBER);
        String member = d.member();
        String other = d.member();
        d.as(member, () -> d.answers.save(form, null, complete(), true));

        ConflictException again = assertThrows(ConflictException.class,
                () -> d.as(member, () -> d.answers.save(form, null, complete(), true)));
        assertEquals("This answer was sent and can no longer change", again.getMessage());
        assertThrows(ConflictException.class,
                () -> d.as(member, () -> d.answers.save(form, null, complete(), false)));
        d.as(other, () -> d.answers.save(form, null, complete(), true));
        assertEquals(2L, d.admin(() -> d.results.responses(form).get(ResponseState.SUBMITTED)));
        assertThrows(InvalidInputException.class, () -> d.as(member,
                () -> d.answers.save(form, UUID.randomUUID(), complete(), false)));
    }

    @Test
    void anEntityAnswersOnceWhicheverAttachedMemberAnswersForIt() {
        everyType(Respondent.ENTITY);
        Organisation acme = d.entity("Acme");
        Organisation other = d.entity("Other");
        String alice = d.member();
        String bob = d.member();
        String eve = d.member();
        d.attach(alice, acme);
        d.attach(bob, acme);
        d.attach(eve, other);

        assertThrows(InvalidInputException.class,
                () -> d.as(alice, () -> d.answers.save(form, null, complete(), false)));
        NotAllowedException stranger = assertThrows(NotAllowedException.class, () -> d.as(eve,
                () -> d.answers.save(form, acme.getUuid(), complete(), false)));
        assertEquals("You may only answer for an entity you are attached to",
                stranger.getMessage());
        assertThrows(NotAllowedException.class,
                () -> d.as(eve, () -> d.answers.response(form, acme.getUuid())));

        d.as(alice, () -> d.answers.save(form, acme.getUuid(), Map.of(), false));
        FormResponse byBob = d.as(bob, () -> d.answers.save(form, acme.getUuid(), complete(),
                true));
        assertEquals(bob, byBob.getAccount().getUsername());
        assertEquals(acme.getUuid(), byBob.getOrganisation().getUuid());
        assertThrows(ConflictException.class, () -> d.as(alice,
                () -> d.answers.save(form, acme.getUuid(), complete(), true)));
        d.as(eve, () -> d.answers.save(form, other.getUuid(), complete(), true));
        assertEquals(2, d.admin(() -> d.results.respondents(form)).size());
    }

    @Test
    void onlyAPublishedFormTakesAnswersAndADraftOneIsNotShown() {
        UUID draft = d.admin(() -> d.builder.create("Draft", null, Respondent.MEMBER))
                .getUuid();
        UUID question = d.admin(() -> d.builder.addQuestion(draft,
                FormBuildingServiceTest.text("Q", false))).getUuid();
        String member = d.member();
        assertThrows(ConflictException.class, () -> d.as(member, () -> d.answers.save(draft,
                null, Map.of(question, AnswerInput.text("x")), false)));
        assertThrows(NotFoundException.class, () -> d.as(member, () -> d.answers.form(draft)));
        assertTrue(d.as(member, () -> d.answers.published()).isEmpty());

        d.admin(() -> d.builder.publish(draft));
        assertEquals(1, d.as(member, () -> d.answers.published()).size());
        d.as(member, () -> d.answers.save(draft, null, Map.of(question, AnswerInput.text("x")),
                true));
        d.admin(() -> d.builder.close(draft));
        assertTrue(d.as(member, () -> d.answers.published()).isEmpty());
        assertEquals("Draft", d.as(member, () -> d.answers.form(draft)).getTitle(),
                "a closed form stays readable for those who answered it");
        String late = d.member();
        assertThrows(NotFoundException.class, () -> d.as(late, () -> d.answers.form(draft)));
        assertThrows(ConflictException.class, () -> d.as(late, () -> d.answers.save(draft,
                null, Map.of(question, AnswerInput.text("x")), false)));
        assertThrows(NotAllowedException.class, () -> d.answers.published());
    }
}
