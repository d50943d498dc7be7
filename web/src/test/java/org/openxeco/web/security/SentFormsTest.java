package org.openxeco.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SentFormsTest {

    @Test
    void myFacesMarkNamesTheFormThatWasSent() {
        Map<String, String> sent = Map.of("password_SUBMIT", "1", "password:current", "x");

        assertTrue(SentForms.sent(sent, "password"));
        assertFalse(SentForms.sent(sent, "profile"));
        assertTrue(SentForms.anySent(sent));
    }

    @Test
    void mojarraMarkNamesTheFormThatWasSent() {
        Map<String, String> sent = Map.of("password", "password", "password:current", "x");

        assertTrue(SentForms.sent(sent, "password"));
        assertFalse(SentForms.sent(sent, "profile"));
        assertTrue(SentForms.anySent(sent));
    }

    @Test
    void fieldsWithoutAnyFormMarkAreNoForm() {
        Map<String, String> sent = Map.of("q", "university", "password", "secret", "", "");

        assertFalse(SentForms.sent(sent, "password"));
        assertFalse(SentForms.anySent(sent));
    }
}
