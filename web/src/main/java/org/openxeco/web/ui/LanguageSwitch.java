package org.openxeco.web.ui;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.account.AccountService;

/**
 * Reloads the page after the language changed, so every text appears in the new one. The
 * page's view parameters (such as the id of the record being edited) are kept.
 */
@Named
@RequestScoped
public class LanguageSwitch {

    @Inject
    Preferences preferences;

    @Inject
    AccountService accounts;

    /** Switches to the language and shows the same page again. */
    public String to(String language) {
        preferences.setLanguage(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getExternalContext().getRemoteUser() != null) {
            // Kept for the next sessions of a signed-in person.
            accounts.savePreferences(preferences.getLanguage(), preferences.getTimeZone(),
                    Set.copyOf(Preferences.LANGUAGES));
        }
        String view = faces.getViewRoot().getViewId();
        return view + "?faces-redirect=true&includeViewParams=true";
    }
}
