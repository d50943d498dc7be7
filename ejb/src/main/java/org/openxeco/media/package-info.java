/**
 * Files that enter and leave the node: uploaded images (logos), stored once per content
 * hash and accepted only when their bytes are a raster format, and the spreadsheet-safe
 * CSV writing shared by the list exports.
 */
package org.openxeco.media;
