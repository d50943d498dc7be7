/**
 * What every portal page shares: the person's language and time zone, texts from the
 * resource bundles, date formats, and turning service refusals into messages on the form.
 */
package org.openxeco.web.ui;
