/**
 * E-mail campaigns to the community: templates with a content slot, campaigns with their
 * audience (members who accept communication, members of entities tagged with taxonomy values,
 * or an uploaded list of addresses), the per-recipient queue sent in the background at a
 * configured rate, and the one-click unsubscription every campaign mail carries.
 */
package org.openxeco.campaign;
