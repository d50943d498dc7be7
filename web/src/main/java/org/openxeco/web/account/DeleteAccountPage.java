package org.openxeco.web.account;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.openxeco.account.AccountClosure;
import org.openxeco.kernel.DomainException;

/** Deletes the signed-in person's account once they confirm with their password. */
@Named
@RequestScoped
public class DeleteAccountPage {

    @Inject
    AccountClosure closure;

    @Inject
    AccountTexts texts;

    private String password;

    public void submit() throws IOException, ServletException {
        try {
            closure.delete(password == null ? null : password.toCharArray());
        } catch (DomainException refusal) {
            texts.show(refusal, "delete");
            return;
        } finally {
            password = null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?deleted=true");
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
