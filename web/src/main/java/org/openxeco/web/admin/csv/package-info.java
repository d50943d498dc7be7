/**
 * CSV files uploaded on the entities and articles pages: the choice of mode, the upload,
 * and the report of each row shown as a table with counts.
 */
package org.openxeco.web.admin.csv;
