package org.openxeco.web.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.openxeco.kernel.FieldError;

/** Texts of the portal bundles in the person's language, and messages built from them. */
@RequestScoped
public class Texts {

    /** The portal's bundles: shared texts first, then one bundle per screen family. */
    static final List<String> BUNDLES = List.of("messages", "entities", "articles",
            "taxonomies", "users", "audit", "network", "subscriptions", "csv", "dashboard",
            "forms", "notices", "campaigns")
            .stream()
            .map(name -> "org.openxeco.web." + name).toList();

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

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

    /**
     * A problem of an input as a sentence: "Line 13: …" for a line of a file (the field
     * {@code line 13} the services name it with), else the field then its message.
     */
    public String problem(FieldError error) {
        Matcher line = LINE.matcher(error.field());
        return line.matches() ? get("problem.line", line.group(1), error.message())
                : get("problem.field", error.field(), error.message());
    }

    /** Problems as one text, in the order given. */
    public String problems(List<FieldError> errors) {
        return errors.stream().map(this::problem)
                .collect(Collectors.joining(get("problem.separator")));
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
