/**
 * Outgoing e-mail: the SMTP settings read from configuration, the texts of each kind of
 * mail in every portal language, and sending once the transaction that caused a mail has
 * committed, so a rolled-back change never mails anyone.
 */
package org.openxeco.mail;
