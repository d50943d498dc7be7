/**
 * Cross-cutting parts of the API: the request body size limit, health checks that include
 * the database and first-start loading, the no-op endpoint benchmarks compare against, and
 * the administrator's operations on the node itself.
 */
package org.openxeco.rest.platform;
