package org.openxeco.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in for the portals: a visitor who opens a protected page is sent to the sign-in
 * page and, once signed in, back to the page they asked for. The session remembers them
 * until they sign out or it times out.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class PortalSignIn {
}
