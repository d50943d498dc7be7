/**
 * The members' forms in the ecosystem portal: the forms they can answer (for themselves or
 * for each entity they are attached to) and the page that answers one, keeps a draft, sends
 * it and shows what was sent.
 */
package org.openxeco.web.my.forms;
