package org.openxeco.web.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.openxeco.account.AccountService;
import org.openxeco.account.SignInOutcome;
import org.openxeco.account.SignInThrottle;
import org.openxeco.kernel.Roles;
import org.openxeco.web.ui.Preferences;
import org.openxeco.web.ui.Texts;

/**
 * The sign-in form. Every refusal (unknown account, wrong password, locked or deactivated
 * account, too many attempts from this address) gets the same message; only the right
 * password of an account whose e-mail address is not confirmed yet gets its own.
 */
@Named
@RequestScoped
public class SignInPage {

    /** A path of this application: printable ASCII of URLs only, no backslash or spaces. */
    private static final java.util.regex.Pattern SAFE_TARGET =
            java.util.regex.Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*");

    @NotBlank
    @Size(max = 100)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    @Size(max = 2000)
    private String next;

    @Inject
    SecurityContext security;

    @Inject
    SignInThrottle throttle;

    @Inject
    Texts texts;

    @Inject
    AccountService accounts;

    @Inject
    Preferences preferences;

    @Inject
    SignInOutcome outcome;

    private boolean awaitingVerification;

    public String submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String address = request.getRemoteAddr();
        if (!throttle.allows(address)) {
            refuse(faces);
            return null;
        }
        AuthenticationStatus status = security.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(
                        new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                accounts.current().ifPresent(account -> {
                    preferences.setTimeZone(account.getTimeZone());
                    preferences.setLanguage(account.getLanguage());
                });
                external.redirect(external.getRequestContextPath()
                        + target(request.isUserInRole(Roles.ADMIN)));
            }
            default -> {
                if (outcome.isAwaitingVerification()) {
                    // Said only after the right password, so it reveals nothing to guessers.
                    awaitingVerification = true;
                    password = null;
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            faces.getApplication().getResourceBundle(faces, "acc")
                                    .getString("signIn.unverified"), null));
                } else {
                    throttle.failed(address);
                    refuse(faces);
                }
            }
        }
        return null;
    }

    /** The page asked for before signing in, if it is a path of this application. */
    private String target(boolean admin) {
        if (next != null && SAFE_TARGET.matcher(next).matches() && !next.startsWith("//")
                && !next.contains("/../") && !next.endsWith("/..")
                && !next.startsWith("/login.xhtml")) {
            return next;
        }
        return admin ? "/admin/" : "/account/";
    }

    private void refuse(FacesContext faces) {
        password = null;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                texts.get("signIn.refused"), null));
    }

    /** Whether the right password was given for an account whose address is unconfirmed. */
    public boolean isAwaitingVerification() {
        return awaitingVerification;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
