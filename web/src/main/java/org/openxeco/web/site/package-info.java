/**
 * The public site of the ecosystem portal: home page, directory of entities with search
 * and facets, lists and pages of articles under readable addresses, and the visitor's time
 * zone. Pages only show what the public services return, whoever is signed in.
 */
package org.openxeco.web.site;
