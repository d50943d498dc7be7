package org.openxeco.web.ui;

import java.util.Locale;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Says in the answer's headers which language a page is drawn in, and that the language
 * depends on the visitor's {@code Accept-Language}: the container otherwise answered
 * {@code Content-Language: en} for every page, and a shared cache could have served one
 * visitor's language to another.
 */
public class PageLanguage implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        ExternalContext external = faces.getExternalContext();
        if (view == null || faces.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        Locale locale = view.getLocale();
        if (locale != null && !locale.getLanguage().isEmpty()) {
            external.setResponseHeader("Content-Language", locale.toLanguageTag());
        }
        external.addResponseHeader("Vary", "Accept-Language");
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Nothing: the headers go out with the page.
    }
}
