package org.openxeco.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Reloads the page after the language changed, so every text appears in the new one. The
 * page's view parameters (such as the id of the record being edited) are kept.
 */
@Named
@RequestScoped
public class LanguageSwitch {

    public void reload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String view = faces.getViewRoot().getViewId();
        faces.getApplication().getNavigationHandler().handleNavigation(faces, null,
                view + "?faces-redirect=true&includeViewParams=true");
    }
}
