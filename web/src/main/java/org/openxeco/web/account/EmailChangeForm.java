package org.openxeco.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.account.Account;
import org.openxeco.account.EmailChange;
import org.openxeco.account.MemberProfiles;
import org.openxeco.kernel.DomainException;

/**
 * Asks for a new e-mail address on the account page. The account keeps its address until
 * the link mailed to the new one is followed.
 */
@Named
@RequestScoped
public class EmailChangeForm {

    @Inject
    EmailChange emailChange;

    @Inject
    MemberProfiles profiles;

    @Inject
    AccountTexts texts;

    private String email;
    private String password;
    private Account account;

    public void submit() {
        try {
            emailChange.request(email, password == null ? null : password.toCharArray(),
                    Clients.address());
            texts.info("email.sent", email);
            email = null;
            account = null;
        } catch (DomainException refusal) {
            texts.show(refusal, "email");
        } finally {
            password = null;
        }
    }

    /** The signed-in account as stored now. */
    public Account getAccount() {
        if (account == null) {
            account = profiles.own();
        }
        return account;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
