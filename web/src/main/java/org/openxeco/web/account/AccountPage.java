package org.openxeco.web.account;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.openxeco.account.AccountService;
import org.openxeco.kernel.DomainException;
import org.openxeco.web.security.PortalSignIn;
import org.openxeco.web.security.SentForms;
import org.openxeco.web.ui.Preferences;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * Lets the signed-in person change their password and time zone, or leave the zone unset so
 * that dates follow the browser's zone.
 */
@Named
@RequestScoped
public class AccountPage {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted().toList();
    private static final List<String> FORMS = List.of("preferences", "password", "email");

    @Inject
    AccountService accounts;

    @Inject
    Preferences preferences;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    @Inject
    PortalSignIn signIn;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            texts.error("password:repeatPassword", texts.get("account.password.mismatch"));
            return;
        }
        try {
            accounts.changeOwnPassword(chars(currentPassword), chars(newPassword));
            signIn.renew((HttpServletRequest) FacesContext.getCurrentInstance()
                    .getExternalContext().getRequest());
            texts.info("account.password.changed");
        } catch (DomainException refusal) {
            refusals.show(refusal, "password");
        }
    }

    public void savePreferences() {
        try {
            accounts.savePreferences(preferences.getLanguage(), preferences.getTimeZone(),
                    java.util.Set.copyOf(Preferences.LANGUAGES));
            texts.info("account.preferences.saved");
        } catch (DomainException refusal) {
            refusals.show(refusal, "preferences");
        }
    }

    public List<String> getZones() {
        return ZONES;
    }

    /** The zone in the menu: the chosen one, or the empty "not set" choice. */
    public String getZone() {
        return preferences.getTimeZone() == null ? "" : preferences.getTimeZone();
    }

    /** Chooses a zone; the "not set" choice arrives as null and keeps none. */
    public void setZone(String zone) {
        preferences.setTimeZone(zone);
    }

    /**
     * Whether the messages area of one of the page's forms shows the page's messages: the
     * area of the form that was sent, or of the first form when none was, so that each
     * message appears once, next to the form it is about.
     */
    public boolean showsMessagesOf(String form) {
        Map<String, String> sent = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        boolean anySent = FORMS.stream().anyMatch(f -> SentForms.sent(sent, f));
        return anySent ? SentForms.sent(sent, form) : FORMS.get(0).equals(form);
    }

    private static char[] chars(String text) {
        return text == null ? null : text.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
