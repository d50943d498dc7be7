package org.openxeco.membership;

import java.util.Locale;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.openxeco.account.Account;
import org.openxeco.kernel.NodeUris;
import org.openxeco.mail.Mail;
import org.openxeco.mail.MailKind;
import org.openxeco.mail.MailTemplates;
import org.openxeco.mail.Mailer;
import org.openxeco.mail.Placeholders;

/**
 * Tells a member about a decision on their request, change or article, in the member's
 * language, once the deciding transaction has committed. Members without an address get none.
 */
@ApplicationScoped
public class MemberMail {

    private static final Logger LOG = Logger.getLogger(MemberMail.class.getName());

    @Inject
    Mailer mailer;

    @Inject
    NodeUris uris;

    @Inject
    MailTemplates templates;

    /**
     * Sends the mail of this kind to the member, from its template: {@code {about}} is what
     * was decided on, {@code {message}} the administrator's message, {@code {link}} the
     * address of the portal page that shows it.
     */
    public void tell(Account member, MailKind kind, String subject, String message,
            String page) {
        if (member.getEmail() == null || member.getEmail().isBlank()) {
            LOG.fine(() -> "No mail for account " + member.getUuid() + ": no address");
            return;
        }
        Locale locale = member.getLanguage() == null ? Locale.ENGLISH
                : Locale.forLanguageTag(member.getLanguage());
        send(templates.compose(kind, locale, member.getEmail(), Placeholders.named(kind,
                subject, message == null ? "-" : message, uris.baseUrl() + page)));
    }

    /** Hands the mail to the mailer, which sends it after the transaction commits. */
    protected void send(Mail mail) {
        mailer.sendAfterCommit(mail);
    }
}
