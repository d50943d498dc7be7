package org.openxeco.content;

/** The kind of contract a job offer proposes. */
public enum EmploymentType {
    FULL_TIME,
    PART_TIME,
    CONTRACT,
    TEMPORARY,
    INTERNSHIP,
    VOLUNTEER,
    OTHER
}
