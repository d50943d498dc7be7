package org.openxeco.form;

/** Where a form stands: built, open to answers, or no longer taking them. */
public enum FormState {
    DRAFT,
    PUBLISHED,
    CLOSED
}
