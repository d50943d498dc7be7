/**
 * Taxonomies as SKOS: {@link org.openxeco.taxonomy.skos.SkosExport} writes a scheme in
 * Turtle, JSON-LD or RDF/XML, and {@link org.openxeco.taxonomy.skos.SkosImport} reads one
 * from a file or a URL, checks it whole and creates the scheme or merges it into the scheme
 * with the same URI. Apache Jena reads and writes the RDF; this package owns the mapping
 * between SKOS and the node's schemes and values.
 */
package org.openxeco.taxonomy.skos;
