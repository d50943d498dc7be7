/**
 * Taxonomies: schemes and their trees of values of any depth, labels per language, which
 * object types a scheme may tag, and the CSV format of the bundled taxonomies. Owns the
 * rule that a tree never has a cycle. {@link org.openxeco.taxonomy.TaxonomyService} reads
 * and edits schemes and values, {@link org.openxeco.taxonomy.TaxonomyTree} moves values,
 * {@link org.openxeco.taxonomy.TaxonomyUsage} tells where they are used,
 * {@link org.openxeco.taxonomy.TaxonomyLabels} sets labels per language, and
 * {@link org.openxeco.taxonomy.TaxonomyInstaller} and
 * {@link org.openxeco.taxonomy.TaxonomyExport} read and write CSV files;
 * {@link org.openxeco.taxonomy.BundledTaxonomies} tells administrators which bundled
 * taxonomies are installed and {@link org.openxeco.taxonomy.ConceptMerge} applies the
 * concepts of a SKOS file read in {@code org.openxeco.taxonomy.skos}.
 */
package org.openxeco.taxonomy;
