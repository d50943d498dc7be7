package org.openxeco.web.contact;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.contact.ContactMessage;
import org.openxeco.contact.ContactMessages;
import org.openxeco.kernel.DomainException;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/** The open contact messages in the administrators' queue, oldest first, to read and close. */
@Named
@ViewScoped
public class ContactQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContactMessages contact;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private transient List<ContactMessage> open;

    /** The messages not closed yet. */
    public List<ContactMessage> getOpen() {
        if (open == null) {
            open = contact.open();
        }
        return open;
    }

    /**
     * Closes a message the administrator has read. Refused or not, the queue is then read
     * again as it is now, so a message another administrator closed meanwhile is gone.
     */
    public String close(ContactMessage message) {
        try {
            contact.close(message.getUuid(), message.getVersion());
            texts.info("contact.closed", message.getSubject());
        } catch (DomainException refusal) {
            refusals.show(refusal, null);
        }
        open = null;
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/members/queue?faces-redirect=true";
    }
}
