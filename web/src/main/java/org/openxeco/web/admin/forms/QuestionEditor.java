package org.openxeco.web.admin.forms;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import org.openxeco.form.QuestionData;
import org.openxeco.form.QuestionType;

/** The fields of the question being edited, kept as typed while the builder refuses them. */
public class QuestionEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean open;
    private UUID question;
    private List<QuestionData.ChoiceData> stored = List.of();
    private QuestionType type;
    private String label;
    private String help;
    private boolean required;
    private String choices;

    void start(UUID question, QuestionData data) {
        open = true;
        this.question = question;
        stored = data.choices();
        type = data.type();
        label = data.label();
        help = data.help();
        required = data.required();
        choices = ChoiceLines.text(stored);
    }

    void stop() {
        open = false;
        question = null;
    }

    QuestionData data() {
        return new QuestionData(type, label, help, required,
                type != null && type.hasChoices() ? ChoiceLines.read(stored, choices) : List.of());
    }

    public boolean isOpen() {
        return open;
    }

    /** The id of the stored question, or null for a new one. */
    public UUID getQuestion() {
        return question;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getHelp() {
        return help;
    }

    public void setHelp(String help) {
        this.help = help;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = choices;
    }
}
