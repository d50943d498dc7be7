package org.openxeco.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Problems;

/**
 * The rules of building a form: what a title and a question need, and which changes a form
 * that already has answers refuses because they would break them (a new or removed question,
 * another type, a removed choice, a question becoming required, another kind of respondent).
 */
final class FormRules {

    private FormRules() {
    }

    static void checkDescription(String title, String description, Respondent respondent) {
        List<FieldError> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(Problems.field("title", "form.title.missing"));
        } else if (title.strip().length() > Form.TITLE_MAX) {
            problems.add(Problems.field("title", "text.tooLong", Form.TITLE_MAX));
        }
        if (description != null && description.strip().length() > Form.DESCRIPTION_MAX) {
            problems.add(Problems.field("description", "text.tooLong", Form.DESCRIPTION_MAX));
        }
        if (respondent == null) {
            problems.add(Problems.field("respondent", "form.respondent.missing"));
        }
        fail(problems);
    }

    static void checkQuestion(QuestionData data) {
        List<FieldError> problems = new ArrayList<>();
        if (data.type() == null) {
            problems.add(Problems.field("type", "form.question.type.missing"));
        }
        if (data.label() == null || data.label().isBlank()) {
            problems.add(Problems.field("label", "form.question.label.missing"));
        } else if (data.label().strip().length() > Question.LABEL_MAX) {
            problems.add(Problems.field("label", "text.tooLong", Question.LABEL_MAX));
        }
        if (data.help() != null && data.help().strip().length() > Question.HELP_MAX) {
            problems.add(Problems.field("help", "text.tooLong", Question.HELP_MAX));
        }
        if (data.type() != null && data.type().hasChoices()) {
            checkChoices(data.choices(), problems);
        }
        fail(problems);
    }

    private static void checkChoices(List<QuestionData.ChoiceData> choices,
            List<FieldError> problems) {
        Set<String> seen = new HashSet<>();
        for (QuestionData.ChoiceData choice : choices) {
            String label = choice.label() == null ? "" : choice.label().strip();
            if (label.isEmpty()) {
                problems.add(Problems.field("choices", "form.question.choice.blank"));
                return;
            }
            if (label.length() > Choice.LABEL_MAX) {
                problems.add(Problems.field("choices", "text.tooLong", Choice.LABEL_MAX));
                return;
            }
            if (!seen.add(label.toLowerCase(java.util.Locale.ROOT))) {
                problems.add(Problems.field("choices", "form.question.choice.twice", label));
                return;
            }
        }
        if (choices.size() < 2) {
            problems.add(Problems.field("choices", "form.question.choices.few"));
        }
    }

    /** Refuses a change of a question that would break the answers already stored. */
    static void checkAnsweredChange(Question question, QuestionData data) {
        if (data.type() != question.getType()) {
            throw new ConflictException("form-answered", Problems.text("form.answered.type"));
        }
        if (data.required() && !question.isRequired()) {
            throw new ConflictException("form-answered",
                    Problems.text("form.answered.required"));
        }
        Set<UUID> kept = new HashSet<>();
        data.choices().forEach(c -> kept.add(c.id()));
        if (question.getChoices().stream().anyMatch(c -> !kept.contains(c.getUuid()))) {
            throw new ConflictException("form-answered", Problems.text("form.answered.choice"));
        }
    }

    /** Refuses any change of a closed form. */
    static void requireOpen(Form form) {
        if (form.getState() == FormState.CLOSED) {
            throw new ConflictException("form-closed", Problems.text("form.closed"));
        }
    }

    /** Refuses publishing a form that is not a draft or has no question. */
    static void checkPublishable(Form form) {
        if (form.getState() != FormState.DRAFT) {
            throw new ConflictException("form-state", Problems.text("form.publish.notDraft"));
        }
        if (form.getQuestions().isEmpty()) {
            throw new ConflictException("form-state", Problems.text("form.publish.empty"));
        }
    }

    private static void fail(List<FieldError> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
