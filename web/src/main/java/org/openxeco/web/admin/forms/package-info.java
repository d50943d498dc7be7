/**
 * The admin screens of forms (questionnaires): the list, the builder of one form with its
 * questions and states, and the results with counts, charts, respondents and the CSV export.
 */
package org.openxeco.web.admin.forms;
