package org.openxeco.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.account.PasswordReset;
import org.openxeco.kernel.DomainException;

/** Asks for a password reset link; the answer is the same whether the address is known. */
@Named
@RequestScoped
public class ForgotPasswordPage {

    @Inject
    PasswordReset reset;

    @Inject
    AccountTexts texts;

    private String email;
    private boolean sent;

    public void submit() {
        try {
            reset.request(email, Clients.address());
            sent = true;
        } catch (DomainException refusal) {
            texts.show(refusal, "forgot");
        }
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
