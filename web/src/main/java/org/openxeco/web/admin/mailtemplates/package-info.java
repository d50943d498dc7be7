/**
 * The mail templates screens of the admin portal: the node's system mails per language, each
 * with its subject and body to change, preview or reset to the bundled default.
 */
package org.openxeco.web.admin.mailtemplates;
