package org.openxeco.web.account;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.openxeco.account.TokenRefusedException;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.web.ui.Preferences;

/**
 * Texts of the account pages (bundle {@code accounts}) in the person's language, and the
 * account services' refusals shown on the form that caused them: a failing field next to
 * its input, a refused link or a conflict at the top.
 */
@RequestScoped
public class AccountTexts {

    static final String BUNDLE = "org.openxeco.web.accounts";

    @Inject
    Preferences preferences;

    /** The text for the key with {0}-style arguments filled in; the key when missing. */
    public String get(String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, preferences.getLocale())
                    .getString(key);
            return arguments.length == 0 ? pattern
                    : new MessageFormat(pattern, preferences.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Shows an information message at the top of the page. */
    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, get(key, arguments));
    }

    /** Shows an error message next to the input with this client id, or at the top. */
    public void error(String clientId, String key) {
        add(clientId, FacesMessage.SEVERITY_ERROR, get(key));
    }

    /** Shows a service's refusal on the form with this id and marks the request failed. */
    public void show(DomainException refusal, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refusal instanceof InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                // Password rules come in the person's language from the domain already.
                String text = "password".equals(error.field()) ? null
                        : get("error." + error.field());
                add(clientId(faces, formId, error.field()), FacesMessage.SEVERITY_ERROR,
                        text == null ? error.message() : text);
            }
        } else if (refusal instanceof TokenRefusedException) {
            add(null, FacesMessage.SEVERITY_ERROR, get("refusal." + refusal.kind()));
        } else {
            String text = get("refusal." + refusal.kind());
            add(null, FacesMessage.SEVERITY_ERROR, text == null ? refusal.getMessage() : text);
        }
        faces.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(severity, text, null));
    }

    private static String clientId(FacesContext faces, String formId, String field) {
        UIComponent form = formId == null ? null : faces.getViewRoot().findComponent(formId);
        UIComponent input = form == null || field == null ? null : form.findComponent(field);
        return input == null ? null : input.getClientId(faces);
    }
}
