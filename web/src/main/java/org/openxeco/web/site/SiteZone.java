package org.openxeco.web.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.openxeco.account.Account;
import org.openxeco.account.AccountService;
import org.openxeco.web.ui.Preferences;

/**
 * The time zone the public site shows times in: the zone a signed-in person chose, else
 * the zone the visitor's browser reports (a small script keeps it in a cookie), else UTC.
 */
@Named
@RequestScoped
public class SiteZone {

    /** The cookie the site's script sets to the browser's IANA time zone. */
    public static final String COOKIE = "openxeco-zone";

    /** Where the zone came from: the person's account, their browser, or the fallback. */
    public enum Source { ACCOUNT, BROWSER, FALLBACK }

    @Inject
    Preferences preferences;

    @Inject
    AccountService accounts;

    private ZoneId zone;
    private Source source;

    public ZoneId zone() {
        resolve();
        return zone;
    }

    public String getId() {
        return zone().getId();
    }

    public Source getSource() {
        resolve();
        return source;
    }

    private void resolve() {
        if (zone != null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (request.getRemoteUser() != null && accounts.current().map(Account::getTimeZone)
                .isPresent()) {
            zone = preferences.zone();
            source = Source.ACCOUNT;
            return;
        }
        Cookie[] cookies = request.getCookies();
        for (int i = 0; cookies != null && i < cookies.length; i++) {
            if (COOKIE.equals(cookies[i].getName())) {
                try {
                    zone = ZoneId.of(URLDecoder.decode(cookies[i].getValue(),
                            StandardCharsets.UTF_8));
                    source = Source.BROWSER;
                    return;
                } catch (DateTimeException | IllegalArgumentException e) {
                    // an unknown zone from the browser: use the fallback
                }
            }
        }
        zone = ZoneId.of("UTC");
        source = Source.FALLBACK;
    }
}
