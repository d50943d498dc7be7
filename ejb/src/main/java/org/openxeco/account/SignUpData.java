package org.openxeco.account;

/** What a visitor gives to sign up: user name, e-mail address, display name and language. */
public record SignUpData(String username, String email, String displayName, String language) {
}
