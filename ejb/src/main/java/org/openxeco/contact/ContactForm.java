package org.openxeco.contact;

/**
 * What a visitor typed in the contact form, the field people never see ({@code website},
 * filled in only by machines) and the signed time the form was issued at.
 */
public record ContactForm(String name, String email, String subject, String message,
        String website, String stamp) {
}
