package org.openxeco.web.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** Texts of the portal bundles in the person's language, and messages built from them. */
@RequestScoped
public class Texts {

    /** The portal's bundles: shared texts first, then one bundle per screen family. */
    static final List<String> BUNDLES = List.of("messages", "entities", "articles",
            "taxonomies", "users", "audit", "network", "subscriptions", "csv", "dashboard",
            "forms", "notices", "campaigns")
            .stream()
            .map(name -> "org.openxeco.web." + name).toList();

    @Inject
    Preferences preferences;

    /** The text for the key, with {0}-style arguments filled in; the key itself if missing. */
    public String get(String key, Object... arguments) {
        String pattern = find(key);
        if (pattern == null) {
            return key;
        }
        // Only texts with placeholders go through MessageFormat, where an apostrophe quotes.
        return arguments.length == 0 || !pattern.contains("{") ? pattern
                : new MessageFormat(pattern, preferences.getLocale()).format(arguments);
    }

    /** Whether the bundles have a text for the key. */
    public boolean has(String key) {
        return find(key) != null;
    }

    private String find(String key) {
        for (String bundle : BUNDLES) {
            try {
                return ResourceBundle.getBundle(bundle, preferences.getLocale()).getString(key);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return null;
    }

    /** Shows an information message at the top of the page. */
    public void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, arguments), null));
    }

    /** Shows an error message, next to the component with this client id if given. */
    public void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
