package org.openxeco.media;

/** How an import treats a file with some bad rows. */
public enum ImportMode {
    /** Any bad row refuses the whole file: nothing is applied, every bad row is listed. */
    ALL_OR_NOTHING,
    /** Good rows are applied, each on its own; bad rows are listed and left out. */
    ROW_BY_ROW
}
