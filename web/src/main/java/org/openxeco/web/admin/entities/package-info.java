/**
 * The entities screens of the admin portal: the paged, filtered table with its CSV export,
 * and the editor of one entity with its addresses, identifiers, logo and tags.
 */
package org.openxeco.web.admin.entities;
