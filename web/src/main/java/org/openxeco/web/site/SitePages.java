package org.openxeco.web.site;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;

/** What the public pages share: answering 404 with the site's not-found page. */
final class SitePages {

    private SitePages() {
    }

    /** Ends the request with 404; the container shows the not-found page. */
    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
