package org.openxeco.form;

/** What kind of answer a question takes. */
public enum QuestionType {
    SHORT_TEXT,
    LONG_TEXT,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    YES_NO,
    NUMBER,
    DATE;

    /** Whether the answer is picked among the question's choices. */
    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Whether the answer is free text. */
    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }
}
