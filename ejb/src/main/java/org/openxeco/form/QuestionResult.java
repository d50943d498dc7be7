package org.openxeco.form;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The sent answers to one question, counted: how many answered it, per choice (choice types)
 * or per yes and no, the smallest, largest and mean number, the earliest and latest date.
 * The figures a type has no use for are empty or null.
 */
public record QuestionResult(UUID question, int position, String label, QuestionType type,
        long answered, List<Count> counts, BigDecimal min, BigDecimal max, BigDecimal mean,
        LocalDate first, LocalDate last) implements Serializable {

    private static final long serialVersionUID = 1L;

    public QuestionResult {
        counts = List.copyOf(counts);
    }

    /** How many answers picked one choice (key: its id) or said yes or no (key: yes, no). */
    public record Count(String key, String label, long count) implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
