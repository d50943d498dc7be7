package org.openxeco.mail;

/**
 * The subject and body of one kind of mail in one language, with named placeholders, and
 * whether an administrator edited them ({@code false}: the bundled default).
 */
public record TemplateText(MailKind kind, String language, String subject, String body,
        boolean edited) {
}
