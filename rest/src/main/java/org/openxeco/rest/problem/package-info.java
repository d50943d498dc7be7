/**
 * Errors on the wire: every failure becomes an {@code application/problem+json} body
 * (RFC 9457) with a stable type, a readable detail and, for bad input, the failing fields.
 * Stack traces never leave the node.
 */
package org.openxeco.rest.problem;
