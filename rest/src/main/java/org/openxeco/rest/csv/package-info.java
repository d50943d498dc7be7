/**
 * Entities and articles as CSV files: exports with the list filters, and imports (all or
 * nothing, or row by row) answered with a report per row, or refused as a problem listing
 * every rejected row.
 */
package org.openxeco.rest.csv;
