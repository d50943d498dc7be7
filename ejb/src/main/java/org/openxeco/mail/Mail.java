package org.openxeco.mail;

import java.util.Objects;

/**
 * One plain-text message to one recipient. {@code kind} names what the mail is for
 * (for example {@code account.verify}) and is what the log shows instead of the address.
 */
public record Mail(String kind, String to, String subject, String text) {

    public Mail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
