package org.openxeco.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.openxeco.kernel.InvalidInputException;

/** Which user names are allowed, how they are kept, and which ones count as the same. */
class UserNamesTest {

    @Test
    void namesOfOneScriptWithDigitsAndSignsAreKeptInNfkc() {
        assertEquals("ada.lovelace_1815", UserNames.checked("username", " ada.lovelace_1815 "));
        assertEquals("Admin", UserNames.checked("username", "\uFF21\uFF44\uFF4D\uFF49\uFF4E"));
        assertEquals("José-María", UserNames.checked("username", "Jose\u0301-Mari\u0301a"));
        assertEquals("Дмитрий", UserNames.checked("username", "Дмитрий"));
        assertEquals("山田たろう", UserNames.checked("username", "山田たろう"));
        assertEquals("ops+node@lu", UserNames.checked("username", "ops+node@lu"));
    }

    @Test
    void mixedScriptsSymbolsSpacesAndWrongLengthsAreRefused() {
        for (String name : new String[] {"p\u0430ypal", "Ad\u03bcin", "pay pal", "pay\u2022pal",
                "ab", "x".repeat(101), "admin\u200b", "\u0661\u0662\u0663abc", null}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> UserNames.checked("username", name), String.valueOf(name));
            assertEquals("username", refused.errors().get(0).field());
        }
    }

    @Test
    void caseWidthAndLookAlikeLettersGiveTheSameKey() {
        String key = UserNames.key("admin");
        assertEquals(key, UserNames.key("ADMIN"));
        assertEquals(key, UserNames.key("\uFF41dmin"));
        assertEquals(key, UserNames.key("\u0430\u0501m\u0456n"));
        assertEquals(UserNames.key("strasse"), UserNames.key("STRAẞE"));
        assertEquals(UserNames.key("paypal"),
                UserNames.key("\u0440\u0430\u0443\u0440\u0430\u04cf"));
        assertNotEquals(key, UserNames.key("admins"));
    }
}
