package org.openxeco.web.account;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.account.EmailChange;
import org.openxeco.kernel.DomainException;

/** Makes a new address the account's address from the link mailed to that address. */
@Named
@ViewScoped
public class ConfirmEmailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EmailChange emailChange;

    @Inject
    AccountTexts texts;

    private String token;
    private boolean confirmed;

    public void confirm() {
        try {
            emailChange.confirm(token);
            confirmed = true;
        } catch (DomainException refusal) {
            texts.show(refusal, "confirm");
        }
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
