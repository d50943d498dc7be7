package org.openxeco.form;

/** A member's answer kept to finish later, or sent for good. */
public enum ResponseState {
    DRAFT,
    SUBMITTED
}
