package org.openxeco.web.campaign;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.campaign.Unsubscribes;
import org.openxeco.kernel.DomainException;

/**
 * The page a campaign mail's unsubscribe link opens: it names the address (partly hidden)
 * and unsubscribes it with one button, so that a link checker opening the link changes
 * nothing. An unknown link says so.
 */
@Named
@ViewScoped
public class UnsubscribePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Unsubscribes unsubscribes;

    private String token;
    private String address;
    private boolean known;
    private boolean done;

    /** Looks the link's token up on the first visit. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        address = unsubscribes.shownAddress(token).orElse(null);
        known = address != null;
    }

    /** Unsubscribes the link's address. */
    public void confirm() {
        try {
            address = unsubscribes.unsubscribe(token);
            done = true;
        } catch (DomainException unknown) {
            known = false;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getAddress() {
        return address;
    }

    public boolean isKnown() {
        return known;
    }

    public boolean isDone() {
        return done;
    }
}
