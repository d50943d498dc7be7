package org.openxeco.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.Problems;

/**
 * Reads what a member entered for a question into the value its type stores, or says why it
 * cannot: not a number, not a date, a choice the question does not offer, a required answer
 * left out. Each problem names the question's id as its field.
 */
final class AnswerRules {

    /** The value of an answer in the column of its type; all empty for a blank answer. */
    record Value(String text, BigDecimal number, LocalDate date, Boolean flag,
            List<Choice> choices) {

        static final Value BLANK = new Value(null, null, null, null, List.of());

        boolean isBlank() {
            return this.equals(BLANK);
        }
    }

    private static final BigDecimal NUMBER_LIMIT = new BigDecimal("1e20");

    private AnswerRules() {
    }

    /**
     * The value of the input, or the problem with it. A required question left blank is a
     * problem only when {@code complete} (the member sends the answer).
     */
    static Value read(Question question, AnswerInput input, boolean complete,
            List<FieldError> problems) {
        String field = question.getUuid().toString();
        String text = input == null || input.text() == null ? "" : input.text().strip();
        boolean blank = input == null || (question.getType().hasChoices()
                ? input.choices().isEmpty() : text.isEmpty());
        if (blank) {
            if (complete && question.isRequired()) {
                problems.add(Problems.field(field, "answer.required"));
            }
            return Value.BLANK;
        }
        Optional<Value> value = switch (question.getType()) {
            case SHORT_TEXT, LONG_TEXT -> text(field, text, problems);
            case NUMBER -> number(field, text, problems);
            case DATE -> date(field, text, problems);
            case YES_NO -> yesNo(field, text, problems);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(question, field, input, problems);
        };
        return value.orElse(Value.BLANK);
    }

    private static Optional<Value> text(String field, String text, List<FieldError> problems) {
        if (text.length() > Answer.TEXT_MAX) {
            problems.add(Problems.field(field, "text.tooLong", Answer.TEXT_MAX));
            return Optional.empty();
        }
        return Optional.of(new Value(text, null, null, null, List.of()));
    }

    private static Optional<Value> number(String field, String text, List<FieldError> problems) {
        try {
            BigDecimal number = new BigDecimal(text.replace(',', '.').replace(" ", "")
                    .replace("\u00a0", "").replace("\u202f", ""));
            if (number.abs().compareTo(NUMBER_LIMIT) >= 0 || number.scale() > 10) {
                problems.add(Problems.field(field, "answer.number"));
                return Optional.empty();
            }
            return Optional.of(new Value(null, number, null, null, List.of()));
        } catch (NumberFormatException e) {
            problems.add(Problems.field(field, "answer.number"));
            return Optional.empty();
        }
    }

    private static Optional<Value> date(String field, String text, List<FieldError> problems) {
        try {
            return Optional.of(new Value(null, null, LocalDate.parse(text), null, List.of()));
        } catch (DateTimeParseException e) {
            problems.add(Problems.field(field, "answer.date"));
            return Optional.empty();
        }
    }

    private static Optional<Value> yesNo(String field, String text, List<FieldError> problems) {
        if (!text.equals("true") && !text.equals("false")) {
            problems.add(Problems.field(field, "answer.yesNo"));
            return Optional.empty();
        }
        return Optional.of(new Value(null, null, null, Boolean.valueOf(text), List.of()));
    }

    private static Optional<Value> choices(Question question, String field, AnswerInput input,
            List<FieldError> problems) {
        List<Choice> picked = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(input.choices())) {
            Optional<Choice> choice = question.choice(id);
            if (choice.isEmpty()) {
                problems.add(Problems.field(field, "answer.choice.unknown"));
                return Optional.empty();
            }
            picked.add(choice.get());
        }
        if (question.getType() == QuestionType.SINGLE_CHOICE && picked.size() > 1) {
            problems.add(Problems.field(field, "answer.choice.one"));
            return Optional.empty();
        }
        return Optional.of(new Value(null, null, null, null, picked));
    }
}
