/**
 * The Faces portals of the node. For now a home page that points to the API; the admin
 * and ecosystem portals grow here, one backing bean per page.
 */
package org.openxeco.web;
