package org.openxeco.mail;

/** Raised when the SMTP server refused a mail or could not be reached. */
public class MailFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
