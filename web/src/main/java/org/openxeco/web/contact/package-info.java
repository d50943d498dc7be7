/**
 * The public contact form at {@code /contact} and the contact messages in the administrators'
 * queue, to read and close.
 */
package org.openxeco.web.contact;
