package org.openxeco.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How profile texts typed by members are tidied before they are kept. */
class MemberProfilesTest {

    @Test
    void profileTextKeepsLineBreaksOfABiographyOnlyAndDropsControlCharacters() {
        assertEquals("a b\nc", MemberProfiles.plain(" a\u0007b\r\nc ", true));
        assertEquals("a b c", MemberProfiles.plain("a\nb\tc", false));
        assertNull(MemberProfiles.plain("  \n ", true));
    }
}
