/**
 * Bringing a node up: database migrations at start, the first administrator, the bundled
 * taxonomies and the optional demo data, and the status the health checks report.
 */
package org.openxeco.setup;
