package org.openxeco.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.openxeco.kernel.InvalidInputException;

/** Typed addresses are refused with a field error by the same rules the stored field has. */
class EmailsTest {

    @Test
    void anAddressTheStoredFieldWouldRefuseIsAFieldError() {
        for (String address : new String[] {"a..b@example.org", ".a@example.org",
                "a.@example.org", "a b@example.org", "no-at-sign.example.org"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> Emails.checked("email", address), address);
            assertEquals("email", refused.errors().get(0).field(), address);
        }
    }

    @Test
    void anOrdinaryAddressIsTrimmedAndKept() {
        assertEquals("ada.m+news@example.org", Emails.checked("email", " ada.m+news@example.org "));
    }
}
