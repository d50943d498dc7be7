package org.openxeco.web.admin.forms;

import java.io.Serializable;
import java.util.UUID;

import org.openxeco.form.Question;
import org.openxeco.form.QuestionData;

/** One question as the list shows it, with the data the editor starts from. */
public record QuestionRow(UUID uuid, int position, QuestionData data)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    static QuestionRow of(Question question) {
        return new QuestionRow(question.getUuid(), question.getPosition(),
                QuestionData.of(question));
    }

    public String choices() {
        return String.join(" · ", data.choices().stream()
                .map(QuestionData.ChoiceData::label).toList());
    }
}
