package org.openxeco.taxonomy;

/** One row of a taxonomy CSV file: its line number, code, parent code (or null) and label. */
public record TaxonomyRow(long line, String code, String parentCode, String label) {
}
