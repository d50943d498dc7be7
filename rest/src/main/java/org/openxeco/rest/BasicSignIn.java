package org.openxeco.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openxeco.account.SignInThrottle;

/**
 * HTTP Basic sign-in for the API. Credentials are checked whenever they are sent, on any
 * method: wrong or unreadable ones are a 401 with a challenge, never a silent anonymous
 * answer and never a server error. Nothing is kept between requests (no session cookie).
 */
@ApplicationScoped
public class BasicSignIn implements HttpAuthenticationMechanism {

    private static final String CHALLENGE = "Basic realm=\"openxeco\", charset=\"UTF-8\"";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // The error page of a refused request is written as the refusal decided.
            return context.doNothing();
        }
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.isProtected() ? challenge(response, context) : context.doNothing();
        }
        UsernamePasswordCredential credential = parse(header);
        String address = request.getRemoteAddr();
        if (credential == null || !throttle.allows(address)) {
            return challenge(response, context);
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(address);
            return challenge(response, context);
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static UsernamePasswordCredential parse(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon),
                decoded.substring(colon + 1));
    }

    /**
     * Answers 401 with the challenge and ends the exchange here: the response is complete,
     * so the container neither serves the resource anyway nor tries other ways of reading
     * the credentials.
     */
    private static AuthenticationStatus challenge(HttpServletResponse response,
            HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        try {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
