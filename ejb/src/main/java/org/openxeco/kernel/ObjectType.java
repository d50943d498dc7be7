package org.openxeco.kernel;

/** The kinds of published object, as named in change feeds, tombstones and taxonomy targets. */
public enum ObjectType {
    ENTITY,
    NEWS,
    EVENT,
    JOB_OFFER,
    SERVICE,
    TOOL,
    TAXONOMY,
    TAXONOMY_VALUE
}
