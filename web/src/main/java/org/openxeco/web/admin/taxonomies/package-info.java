/**
 * The taxonomies screen: schemes with their labels per language, the tree of values with
 * usage counts, moves by drag and drop or by dialog, and CSV export and import.
 */
package org.openxeco.web.admin.taxonomies;
