package org.openxeco.web.contact;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.openxeco.contact.ContactForm;
import org.openxeco.contact.ContactMessages;
import org.openxeco.kernel.DomainException;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * The public contact form: a refusal is shown next to its field or at the top and keeps all
 * that was typed; a sent message empties the form and says it reached the node.
 */
@Named
@ViewScoped
public class ContactPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "contact";
    // A stamp this old is replaced after a refusal: the form may have lain open too long.
    private static final Duration RENEW_AFTER = Duration.ofMinutes(1);

    @Inject
    transient ContactMessages contact;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private String name;
    private String email;
    private String subject;
    private String message;
    private String website;
    private String stamp;
    private Instant issued;

    @PostConstruct
    void issue() {
        stamp = contact.issueStamp();
        issued = Instant.now();
    }

    /** Sends the message to the node's administrators. */
    public void send() {
        try {
            contact.send(new ContactForm(name, email, subject, message, website, stamp),
                    client());
        } catch (DomainException refusal) {
            if (Duration.between(issued, Instant.now()).compareTo(RENEW_AFTER) > 0) {
                issue();
            }
            refusals.show(refusal, FORM);
            return;
        }
        name = null;
        email = null;
        subject = null;
        message = null;
        issue();
        texts.info("contact.sent");
    }

    private static String client() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest()).getRemoteAddr();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getStamp() {
        return stamp;
    }

    public void setStamp(String stamp) {
        this.stamp = stamp;
    }
}
