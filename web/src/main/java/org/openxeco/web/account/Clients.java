package org.openxeco.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The address of the client of the current Faces request, for the mail limits. */
final class Clients {

    private Clients() {
    }

    static String address() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest()).getRemoteAddr();
    }
}
