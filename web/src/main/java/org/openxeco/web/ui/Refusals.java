package org.openxeco.web.ui;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.ActionSource;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.openxeco.audit.AuditEntry;
import org.openxeco.audit.AuditLog;
import org.openxeco.audit.AuditQuery;
import org.openxeco.kernel.DomainException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.StaleVersionException;

/**
 * Shows a service's refusal on the form that caused it: each failing field next to the input
 * of the same id inside the form when there is one, everything else at the top. Nothing the
 * person typed is reset: the bean keeps its values and the page is rendered again.
 */
@RequestScoped
public class Refusals {

    @Inject
    Texts texts;

    @Inject
    AuditLog audit;

    @Inject
    Dates dates;

    /** Who changed an object last and when, from the audit log, for a stale-save refusal. */
    public String lastChange(UUID object) {
        List<AuditEntry> latest = audit.list(new AuditQuery(object, null, null, null, null), 0, 1);
        return latest.isEmpty() ? texts.get("refusal.stale.unknown")
                : texts.get("refusal.stale.detail", latest.get(0).getActor(),
                        dates.dateTime(latest.get(0).getAt()));
    }

    public void show(DomainException refusal, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refusal instanceof InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                texts.error(clientId(faces, formId, error.field()), error.message());
            }
        } else if (refusal instanceof StaleVersionException) {
            texts.error(null, texts.get("refusal.stale"));
        } else {
            String key = "refusal." + refusal.kind();
            texts.error(null, texts.has(key) ? texts.get(key, refusal.getMessage())
                    : refusal.getMessage());
        }
        faces.validationFailed();
    }

    /** The client id of the input for a field path like {@code addresses[0].city}. */
    private static String clientId(FacesContext faces, String formId, String field) {
        if (formId == null || field == null) {
            return null;
        }
        String id = field.replace('[', '_').replace(']', '_').replace('.', '_');
        UIComponent form = faces.getViewRoot().findComponent(formId);
        UIComponent input = form == null ? null : form.findComponent(id);
        if (input == null && form != null && field.indexOf('.') > 0 && field.indexOf('[') < 0) {
            // A field of a part shown inline, e.g. "event.start" beside the input "start".
            input = form.findComponent(field.substring(field.lastIndexOf('.') + 1));
        }
        // A button of the same name has no message of its own: such a refusal goes on top.
        return input == null || input instanceof ActionSource ? null : input.getClientId(faces);
    }
}
