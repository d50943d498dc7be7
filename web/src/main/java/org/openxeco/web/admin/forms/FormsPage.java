package org.openxeco.web.admin.forms;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.form.Form;
import org.openxeco.form.FormBuilder;
import org.openxeco.form.Respondent;
import org.openxeco.kernel.DomainException;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/** Every form with its state, and a new draft form started from a title. */
@Named
@ViewScoped
public class FormsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FormBuilder builder;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private transient List<Form> forms;
    private String title;
    private String description;
    private Respondent respondent = Respondent.MEMBER;

    @PostConstruct
    void load() {
        forms = builder.list();
    }

    /** Creates the draft form and opens it to add its questions. */
    public String create() {
        try {
            Form form = builder.create(title, description, respondent);
            texts.info("forms.created");
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getFlash().setKeepMessages(true);
            return "/admin/forms/edit?faces-redirect=true&id=" + form.getUuid();
        } catch (DomainException refusal) {
            refusals.show(refusal, "new-form");
            return null;
        }
    }

    public List<Form> getForms() {
        if (forms == null) {
            load();
        }
        return forms;
    }

    public Respondent[] getRespondents() {
        return Respondent.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public void setRespondent(Respondent respondent) {
        this.respondent = respondent;
    }
}
