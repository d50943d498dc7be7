/**
 * The admin screens of e-mail campaigns: the list with each campaign's progress, the editor
 * (text, template, audience, preview, test mail, sending now or later) and the templates.
 */
package org.openxeco.web.admin.campaigns;
