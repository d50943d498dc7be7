package org.openxeco.web.security;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.openxeco.account.SessionStamps;

/**
 * Form sign-in for the portals. The sign-in page hands the credentials over; once they are
 * valid the session gets a new id and remembers who signed in. On every later request the
 * account is looked up again, so a deactivated account or a removed role takes effect at
 * once, and a password change or deletion ends the sessions made before it. A visitor who
 * opens a protected page is sent to the sign-in page and back after.
 */
@ApplicationScoped
public class PortalSignIn implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = PortalSignIn.class.getName() + ".signedIn";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionStamps stamps;

    /** Who signed in, as kept in the session. */
    record SignedIn(String username, String stamp) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters() != null
                && context.getAuthParameters().getCredential() != null) {
            CredentialValidationResult result =
                    identityStores.validate(context.getAuthParameters().getCredential());
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            String name = result.getCallerPrincipal().getName();
            Optional<String> stamp = stamps.stamp(name);
            if (stamp.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SIGNED_IN, new SignedIn(name, stamp.get()));
            return context.notifyContainerAboutLogin(result);
        }

        HttpSession session = request.getSession(false);
        Object signedIn = session == null ? null : session.getAttribute(SIGNED_IN);
        if (signedIn instanceof SignedIn who) {
            Optional<Set<String>> roles = stamps.currentRoles(who.username(), who.stamp());
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(who::username, roles.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                target += "?" + request.getQueryString();
            }
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /**
     * Keeps this session signed in after its own person changed their password, which ends
     * every other session of the account.
     */
    public void renew(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn who) {
            stamps.stamp(who.username()).ifPresent(stamp -> session.setAttribute(
                    SIGNED_IN, new SignedIn(who.username(), stamp)));
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
    }
}
