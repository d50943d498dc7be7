/**
 * The REST API of the node: the JAX-RS application with its security definitions, and the
 * helpers every resource shares for parameters and enum names. Resources live in feature
 * packages beside it and call one service each.
 */
package org.openxeco.rest;
