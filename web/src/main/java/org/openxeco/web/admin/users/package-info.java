/**
 * The users screen: accounts page by page with a search, creating and changing accounts
 * (roles, status, entities a member may edit) and resetting passwords.
 */
package org.openxeco.web.admin.users;
