/**
 * Files that enter and leave the node: uploaded images (logos), stored once per content
 * hash and accepted only when their bytes are a raster format, the spreadsheet-safe CSV
 * writing shared by the list exports, and the reading of CSV files back (strict UTF-8, whole
 * file checked first) with the two import modes and their report per row.
 */
package org.openxeco.media;
