package org.openxeco.web.admin.mailtemplates;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.kernel.DomainException;
import org.openxeco.mail.Mail;
import org.openxeco.mail.MailKind;
import org.openxeco.mail.MailTemplates;
import org.openxeco.mail.TemplateText;
import org.openxeco.web.my.MemberTexts;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * One system mail in one language: its subject and body with the placeholders it knows, a
 * preview with example values, saving (refused with the reason next to the field when a
 * needed placeholder is missing) and going back to the bundled default.
 */
@Named
@ViewScoped
public class MailTemplateEditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "template";

    @Inject
    transient MailTemplates templates;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private String kindKey;
    private String language;
    private MailKind kind;
    private String subject;
    private String body;
    private boolean edited;
    private Mail preview;

    /** Reads the template named in the address; an unknown one shows the not-found page. */
    public void load() {
        kind = MailKind.byKey(kindKey).orElse(null);
        if (kind == null || !MailTemplates.LANGUAGES.contains(language)) {
            MemberTexts.notFound();
            return;
        }
        show(templates.get(kind, language));
    }

    /** Shows what the typed texts would send, filled with example values. */
    public void preview() {
        try {
            preview = templates.preview(kind, language, subject, body);
        } catch (DomainException refusal) {
            preview = null;
            refusals.show(refusal, FORM);
        }
    }

    /** Stores the typed texts; the node sends them from now on. */
    public void save() {
        try {
            show(templates.save(kind, language, subject, body));
            preview = null;
            texts.info("mailTemplates.saved");
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
        }
    }

    /** Drops the edited texts: the bundled default is sent again. */
    public void reset() {
        try {
            show(templates.reset(kind, language));
            preview = null;
            texts.info("mailTemplates.wasReset");
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
        }
    }

    private void show(TemplateText text) {
        subject = text.subject();
        body = text.body();
        edited = text.edited();
    }

    /** The placeholders of the mail, each as written in a text. */
    public List<String> getPlaceholders() {
        return kind.placeholders().stream().map(n -> "{" + n + "}").toList();
    }

    /** Whether a text must keep this placeholder. */
    public boolean isRequired(String placeholder) {
        return kind.required().contains(placeholder.substring(1, placeholder.length() - 1));
    }

    public String getKindKey() {
        return kindKey;
    }

    public void setKindKey(String kindKey) {
        this.kindKey = kindKey;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isEdited() {
        return edited;
    }

    public Mail getPreview() {
        return preview;
    }
}
