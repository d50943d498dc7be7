/**
 * The charts of the admin dashboard: Chart.js configurations built from the dashboard
 * service's figures, each with a table of the same numbers.
 */
package org.openxeco.web.admin.dashboard;
