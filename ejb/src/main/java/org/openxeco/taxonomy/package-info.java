/**
 * Taxonomies: schemes and their trees of values of any depth, labels per language, which
 * object types a scheme may tag, and the CSV format of the bundled taxonomies. Owns the
 * rule that a tree never has a cycle.
 */
package org.openxeco.taxonomy;
