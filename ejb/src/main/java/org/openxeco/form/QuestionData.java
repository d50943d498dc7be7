package org.openxeco.form;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * What an administrator writes for a question: type, wording, help text, whether it is
 * required and, for the choice types, the choices in order (a new choice has no id).
 */
public record QuestionData(QuestionType type, String label, String help, boolean required,
        List<ChoiceData> choices) implements Serializable {

    private static final long serialVersionUID = 1L;

    public QuestionData {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** One choice: the id of a stored one (null for a new one) and its wording. */
    public record ChoiceData(UUID id, String label) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** The data of a stored question, to edit it. */
    public static QuestionData of(Question question) {
        return new QuestionData(question.getType(), question.getLabel(), question.getHelp(),
                question.isRequired(), question.getChoices().stream()
                        .map(c -> new ChoiceData(c.getUuid(), c.getLabel())).toList());
    }
}
