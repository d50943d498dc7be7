package org.openxeco.web.ui;

import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The language and time zone of the person using the portal, for the whole session. The
 * language starts as the best match of the browser's languages; both can be switched.
 */
@Named
@SessionScoped
public class Preferences implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The languages the portals are translated into. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "de");

    private static final String SESSION_LOCALE = Preferences.class.getName() + ".locale";

    private static final String ZONE_COOKIE = "openxeco-zone";

    private Locale locale;
    /** The zone the person chose; none means the browser's zone, else the server's. */
    private String timeZone;

    public Locale getLocale() {
        if (locale == null) {
            locale = FacesContext.getCurrentInstance().getApplication()
                    .getViewHandler().calculateLocale(FacesContext.getCurrentInstance());
            if (!LANGUAGES.contains(locale.getLanguage())) {
                locale = Locale.ENGLISH;
            }
            remember(locale);
        }
        return locale;
    }

    /**
     * The language a request's person uses: the one chosen in this session, else the best
     * match of the browser's languages, else English. For code outside Faces (filters).
     */
    public static Locale localeOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_LOCALE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        for (Locale wanted : java.util.Collections.list(request.getLocales())) {
            if (LANGUAGES.contains(wanted.getLanguage())) {
                return Locale.forLanguageTag(wanted.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }

    private void remember(Locale chosen) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            faces.getExternalContext().getSessionMap().put(SESSION_LOCALE, chosen);
        }
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the language; anything but a supported language is ignored. */
    public void setLanguage(String language) {
        if (language != null && LANGUAGES.contains(language)) {
            locale = Locale.forLanguageTag(language);
            remember(locale);
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getViewRoot() != null) {
                faces.getViewRoot().setLocale(locale);
            }
        }
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** The time zone the person chose, or null when none was chosen. */
    public String getTimeZone() {
        return timeZone;
    }

    /** Sets the chosen time zone; null or blank chooses none; an unknown zone is ignored. */
    public void setTimeZone(String zone) {
        if (zone == null || zone.isBlank()) {
            timeZone = null;
            return;
        }
        try {
            timeZone = ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            // keep the current zone
        }
    }

    /** The zone dates are shown in: the chosen one, else the browser's, else the server's. */
    public ZoneId zone() {
        if (timeZone != null) {
            return ZoneId.of(timeZone);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Object cookie = faces == null ? null
                : faces.getExternalContext().getRequestCookieMap().get(ZONE_COOKIE);
        if (cookie instanceof Cookie browser) {
            try {
                return ZoneId.of(URLDecoder.decode(browser.getValue(), StandardCharsets.UTF_8));
            } catch (DateTimeException | IllegalArgumentException e) {
                // an unknown zone from the browser: use the server's
            }
        }
        return ZoneId.systemDefault();
    }
}
