package org.openxeco.web.account;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.account.SignUp;
import org.openxeco.kernel.DomainException;

/**
 * Confirms a signed-up address from the mailed link, with a button rather than on opening
 * the page, so that mail scanners that open links do not use it up. Without a link, the
 * page lets a visitor ask for a new one.
 */
@Named
@ViewScoped
public class VerifyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignUp signUp;

    @Inject
    AccountTexts texts;

    private String token;
    private String email;
    private boolean verified;
    private boolean resent;

    public void confirm() {
        try {
            signUp.verify(token);
            verified = true;
        } catch (DomainException refusal) {
            texts.show(refusal, "verify");
        }
    }

    public void resend() {
        try {
            signUp.resend(email, Clients.address());
            resent = true;
        } catch (DomainException refusal) {
            texts.show(refusal, "resend");
        }
    }

    public boolean isVerified() {
        return verified;
    }

    public boolean isResent() {
        return resent;
    }

    public boolean isWithToken() {
        return token != null && !token.isBlank();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
