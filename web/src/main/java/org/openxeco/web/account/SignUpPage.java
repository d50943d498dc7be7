package org.openxeco.web.account;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.account.SignUp;
import org.openxeco.account.SignUpData;
import org.openxeco.kernel.DomainException;
import org.openxeco.web.ui.Preferences;

/**
 * The sign-up form. Once sent it answers "check your mail" whether or not the address was
 * registered already, so the page tells nobody who has an account.
 */
@Named
@ViewScoped
public class SignUpPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignUp signUp;

    @Inject
    AccountTexts texts;

    @Inject
    Preferences preferences;

    private String username;
    private String email;
    private String displayName;
    private String language;
    private String password;
    private String repeatPassword;
    private boolean sent;

    public void submit() {
        if (password == null || !password.equals(repeatPassword)) {
            texts.error("sign-up:repeatPassword", "error.repeatPassword");
            return;
        }
        try {
            signUp.register(new SignUpData(username, email, displayName,
                    language == null ? preferences.getLanguage() : language),
                    password.toCharArray(), Clients.address());
            sent = true;
        } catch (DomainException refusal) {
            texts.show(refusal, "sign-up");
        } finally {
            password = null;
            repeatPassword = null;
        }
    }

    public boolean isSent() {
        return sent;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language == null ? preferences.getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
