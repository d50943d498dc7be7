package org.openxeco.web.admin.mailtemplates;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.mail.MailTemplates;
import org.openxeco.mail.TemplateText;
import org.openxeco.web.ui.Preferences;

/** The list of system mails in one language, each marked when an administrator edited it. */
@Named
@ViewScoped
public class MailTemplatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MailTemplates templates;

    @Inject
    Preferences preferences;

    private String language;
    private transient List<TemplateText> rows;

    /** The language shown: the one asked for in the address, else the portal's. */
    public String getLanguage() {
        return language == null ? MailTemplates.language(preferences.getLocale()) : language;
    }

    public void setLanguage(String language) {
        this.language = MailTemplates.LANGUAGES.contains(language) ? language : null;
        rows = null;
    }

    public List<String> getLanguages() {
        return MailTemplates.LANGUAGES;
    }

    /** The templates of every kind in the language shown. */
    public List<TemplateText> getRows() {
        if (rows == null) {
            rows = templates.list(getLanguage());
        }
        return rows;
    }
}
