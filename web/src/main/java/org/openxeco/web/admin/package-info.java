/** The admin portal's shared screens: the dashboard and the audit log. */
package org.openxeco.web.admin;
