/**
 * The taxonomies screen: schemes with their labels per language, the tree of values with
 * usage counts, moves by drag and drop or by dialog, CSV and SKOS export and import,
 * and the page of bundled taxonomies to install or complete.
 */
package org.openxeco.web.admin.taxonomies;
