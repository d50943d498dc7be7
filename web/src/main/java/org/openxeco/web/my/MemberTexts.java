package org.openxeco.web.my;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.web.ui.Preferences;
import org.openxeco.web.ui.Refusals;

/** Texts of the members' bundle in the person's language, as page messages. */
@RequestScoped
public class MemberTexts {

    static final String BUNDLE = "org.openxeco.web.members";

    @Inject
    Preferences preferences;

    @Inject
    Refusals refusals;

    /** The text for the key with {0}-style arguments filled in; the key itself if missing. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, preferences.getLocale()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, preferences.getLocale()).format(arguments);
    }

    /** Shows an information message at the top, kept across a redirect. */
    public void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                get(key, arguments), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Shows an error message at the top of the page. */
    public void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, get(key, arguments), null));
    }

    /**
     * Shows an error next to the input of this id inside the form, or at the top of the page
     * when the form has no such input.
     */
    public void fieldError(String formId, String field, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent form = faces.getViewRoot().findComponent(formId);
        UIComponent input = form == null ? null : form.findComponent(field);
        faces.addMessage(input == null ? null : input.getClientId(faces),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, get(key, arguments), null));
        faces.validationFailed();
    }

    /**
     * Shows a service's refusal: failing fields next to their inputs, the members' own text
     * for the kinds of conflict this space knows, the portal's shared text otherwise.
     */
    public void refuse(DomainException refusal, String formId) {
        String key = "refusal." + refusal.kind();
        if (refusal instanceof InvalidInputException || get(key).equals(key)) {
            refusals.show(refusal, formId);
            return;
        }
        error(key);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Answers 404 for an object the caller may not see, whether it exists or not, so that
     * a member cannot tell another member's objects from missing ones.
     */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(404, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        faces.responseComplete();
    }
}
