package org.openxeco.web.my.forms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openxeco.form.Answer;
import org.openxeco.form.AnswerInput;
import org.openxeco.form.Choice;
import org.openxeco.form.Question;
import org.openxeco.form.QuestionType;

/**
 * One question on the member's page with what they entered, kept as typed (text, one choice
 * or several) so that nothing is lost when the answers are refused.
 */
public class AnswerField implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UUID question;
    private final QuestionType type;
    private final String label;
    private final String help;
    private final boolean required;
    private final List<Option> options;
    private String text;
    private String single;
    private List<String> selected = new ArrayList<>();

    /** A choice offered: its id and wording. */
    public record Option(String id, String label) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    AnswerField(Question question) {
        this.question = question.getUuid();
        type = question.getType();
        label = question.getLabel();
        help = question.getHelp();
        required = question.isRequired();
        options = question.getChoices().stream()
                .map(c -> new Option(c.getUuid().toString(), c.getLabel())).toList();
    }

    /** Fills the field from a stored answer. */
    void show(Answer answer) {
        switch (type) {
            case SHORT_TEXT, LONG_TEXT -> text = answer.getText();
            case NUMBER -> text = answer.getNumber().stripTrailingZeros().toPlainString();
            case DATE -> text = answer.getDate().toString();
            case YES_NO -> single = answer.getFlag().toString();
            case SINGLE_CHOICE -> single = answer.getChoices().isEmpty() ? null
                    : answer.getChoices().get(0).getUuid().toString();
            case MULTIPLE_CHOICE -> selected = new ArrayList<>(answer.getChoices().stream()
                    .map(Choice::getUuid).map(UUID::toString).toList());
        }
    }

    /** What the member entered, for the service to check and store. */
    AnswerInput input() {
        return switch (type) {
            case YES_NO -> AnswerInput.text(single);
            case SINGLE_CHOICE -> new AnswerInput(null, ids(single == null || single.isBlank()
                    ? List.of() : List.of(single)));
            case MULTIPLE_CHOICE -> new AnswerInput(null, ids(selected == null ? List.of()
                    : selected));
            default -> AnswerInput.text(text);
        };
    }

    private static List<UUID> ids(List<String> values) {
        List<UUID> ids = new ArrayList<>();
        for (String value : values) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                // A value no choice has: an unknown id, which the service refuses as such.
                ids.add(new UUID(0, 0));
            }
        }
        return ids;
    }

    /** The answer as the read-only page shows it; empty when none was given. */
    public String getShown() {
        return switch (type) {
            case YES_NO -> single == null ? "" : single;
            case SINGLE_CHOICE -> options.stream().filter(o -> o.id().equals(single))
                    .map(Option::label).findFirst().orElse("");
            case MULTIPLE_CHOICE -> String.join(", ", options.stream()
                    .filter(o -> selected.contains(o.id())).map(Option::label).toList());
            default -> text == null ? "" : text;
        };
    }

    public UUID getQuestion() {
        return question;
    }

    public String getType() {
        return type.name();
    }

    public String getLabel() {
        return label;
    }

    public String getHelp() {
        return help;
    }

    public boolean isRequired() {
        return required;
    }

    public List<Option> getOptions() {
        return options;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSingle() {
        return single;
    }

    public void setSingle(String single) {
        this.single = single;
    }

    public List<String> getSelected() {
        return selected;
    }

    public void setSelected(List<String> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }
}
