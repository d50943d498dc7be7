package org.openxeco.form;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * What a member entered for one question, as entered: the text (also a number, a date as
 * year-month-day, or {@code true}/{@code false} for yes/no) or the ids of the choices picked.
 */
public record AnswerInput(String text, List<UUID> choices) implements Serializable {

    private static final long serialVersionUID = 1L;

    public AnswerInput {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A text (number, date, yes/no) answer. */
    public static AnswerInput text(String text) {
        return new AnswerInput(text, List.of());
    }

    /** An answer picking these choices. */
    public static AnswerInput choices(UUID... choices) {
        return new AnswerInput(null, List.of(choices));
    }

    /** Whether nothing was entered. */
    public boolean isBlank() {
        return (text == null || text.isBlank()) && choices.isEmpty();
    }
}
