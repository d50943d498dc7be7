package org.openxeco.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Stops a form post that lacks what the page it came from carried, before it can change
 * anything. PrimeFaces checks the page's script nonce only while drawing the answer, after
 * the action ran, and then fails with an error page; here a post whose nonce does not match
 * its page is refused right after the page is restored: the person is sent back to the page
 * with a message that nothing was done. A post without any page state (which Faces takes
 * for a first visit and so ignores) shows the same message.
 */
public class FormGuard implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FormGuard.class.getName());

    /** The request parameter and view attribute PrimeFaces keeps the nonce under. */
    static final String NONCE = "primefaces.nonce";

    /** The session attribute holding the message for the page shown after a refusal. */
    static final String REFUSED = FormGuard.class.getName() + ".refused";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE) {
            Map<String, Object> session = faces.getExternalContext().getSessionMap();
            if (session.remove(REFUSED) != null) {
                faces.addMessage(null, message(faces));
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        if (event.getPhaseId() != PhaseId.RESTORE_VIEW) {
            return;
        }
        FacesContext faces = event.getFacesContext();
        if (faces.getViewRoot() == null || faces.getResponseComplete()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        Map<String, String> sent = external.getRequestParameterMap();
        if (!faces.isPostback()) {
            boolean formSent = "POST".equals(((HttpServletRequest) external.getRequest())
                    .getMethod()) && SentForms.anySent(sent);
            if (formSent) {
                LOG.info(() -> "Ignored a form post without page state to "
                        + faces.getViewRoot().getViewId());
                faces.addMessage(null, message(faces));
            }
            return;
        }
        Map<String, Object> view = faces.getViewRoot().getViewMap(false);
        Object kept = view == null ? null : view.get(NONCE);
        String posted = sent.get(NONCE);
        boolean matches = kept != null ? kept.equals(posted) : isNonce(posted);
        if (!matches) {
            refuse(faces);
        }
    }

    private static void refuse(FacesContext faces) {
        String viewId = faces.getViewRoot().getViewId();
        LOG.info(() -> "Refused a form post without its page's nonce to " + viewId);
        ExternalContext external = faces.getExternalContext();
        external.getSessionMap().put(REFUSED, Boolean.TRUE);
        try {
            external.redirect(faces.getApplication().getViewHandler()
                    .getRedirectURL(faces, viewId, Map.of(), true));
        } catch (IOException e) {
            throw new FacesException(e);
        }
        faces.responseComplete();
    }

    /** Whether the text is a nonce as PrimeFaces makes them: a UUID in Base64. */
    private static boolean isNonce(String text) {
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(text == null ? "" : text),
                    StandardCharsets.UTF_8));
            return text != null && !text.isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static FacesMessage message(FacesContext faces) {
        String text = faces.getApplication().getResourceBundle(faces, "msg")
                .getString("form.refused");
        return new FacesMessage(FacesMessage.SEVERITY_WARN, text, null);
    }
}
