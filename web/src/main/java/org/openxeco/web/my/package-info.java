/**
 * The member space of the ecosystem portal ({@code /my/}): a member's entities and their
 * editor, requests to be attached to an entity or to add one, and the member's articles with
 * their review history. The services decide what a member may see; pages answer 404 otherwise.
 */
package org.openxeco.web.my;
