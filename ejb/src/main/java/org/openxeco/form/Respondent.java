package org.openxeco.form;

/** Who a form's answers come from: each member for themselves, or for one of their entities. */
public enum Respondent {
    MEMBER,
    ENTITY
}
