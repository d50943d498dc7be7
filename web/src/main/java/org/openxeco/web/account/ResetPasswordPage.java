package org.openxeco.web.account;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.account.PasswordReset;
import org.openxeco.kernel.DomainException;

/**
 * Sets a new password from a mailed reset link. A link that cannot be used (used, expired,
 * replaced by a newer one, unknown) is said so at once, before a password is typed.
 */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordReset reset;

    @Inject
    AccountTexts texts;

    private String token;
    private String username;
    private String password;
    private String repeatPassword;
    private boolean done;

    /** Checks the link when the page opens. */
    public void load() {
        if (username != null || done) {
            return;
        }
        try {
            username = reset.check(token);
        } catch (DomainException refusal) {
            texts.show(refusal, "reset");
        }
    }

    public void submit() {
        if (password == null || !password.equals(repeatPassword)) {
            texts.error("reset:repeatPassword", "error.repeatPassword");
            return;
        }
        try {
            reset.reset(token, password.toCharArray());
            done = true;
        } catch (DomainException refusal) {
            texts.show(refusal, "reset");
        } finally {
            password = null;
            repeatPassword = null;
        }
    }

    /** Whether the form is shown: the link was usable and no new password was set yet. */
    public boolean isUsable() {
        return username != null && !done;
    }

    public boolean isDone() {
        return done;
    }

    public String getUsername() {
        return username;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
