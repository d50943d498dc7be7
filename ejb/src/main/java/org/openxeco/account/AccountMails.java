package org.openxeco.account;

import java.time.Duration;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.RequestLocale;
import org.openxeco.mail.MailKind;
import org.openxeco.mail.MailTemplates;
import org.openxeco.mail.Mailer;
import org.openxeco.mail.Placeholders;

/**
 * The mails of self-service accounts, in the account's language (else the visitor's), with
 * links to the portal at the node's base URL, written from the node's mail templates. Each
 * leaves only if the transaction commits.
 */
@ApplicationScoped
public class AccountMails {

    @Inject
    Mailer mailer;

    @Inject
    MailTemplates templates;

    @Inject
    NodeUris uris;

    /** The link that confirms the address given at sign-up. */
    void verification(Account account, String token, Duration lifetime) {
        send(MailKind.ACCOUNT_VERIFY, account, account.getEmail(), link("/verify.xhtml", token),
                lifetime.toHours());
    }

    /** Tells the owner of an address that someone tried to use it for another account. */
    void addressInUse(Account owner, String address) {
        send(MailKind.ACCOUNT_EXISTS, owner, address, uris.baseUrl() + "/login.xhtml",
                uris.baseUrl() + "/password/forgot.xhtml");
    }

    /** The link that makes a new address the account's address. */
    void emailChange(Account account, String newAddress, String token, Duration lifetime) {
        send(MailKind.ACCOUNT_EMAIL_CHANGE, account, newAddress,
                link("/confirm-email.xhtml", token), lifetime.toHours());
    }

    /** Tells the former address that the account now uses another one. */
    void emailChanged(Account account, String formerAddress) {
        send(MailKind.ACCOUNT_EMAIL_CHANGED, account, formerAddress, account.getEmail(),
                uris.baseUrl() + "/password/forgot.xhtml");
    }

    /** The link to choose a new password. */
    void passwordReset(Account account, String token, Duration lifetime) {
        send(MailKind.ACCOUNT_RESET, account, account.getEmail(),
                link("/password/reset.xhtml", token), lifetime.toMinutes());
    }

    private void send(MailKind kind, Account account, String to, Object link, Object detail) {
        mailer.sendAfterCommit(templates.compose(kind, locale(account), to,
                Placeholders.named(kind, account.getShownName(), link, detail,
                        account.getUsername(), uris.baseUrl())));
    }

    private String link(String page, String token) {
        return uris.baseUrl() + page + "?token=" + token;
    }

    private static Locale locale(Account account) {
        if (account.getLanguage() != null) {
            return Locale.forLanguageTag(account.getLanguage());
        }
        return RequestLocale.current().orElse(Locale.ENGLISH);
    }
}
