package org.openxeco.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openxeco.kernel.FieldError;

/** How profile texts typed by members are tidied and checked before they are kept. */
class MemberProfilesTest {

    @Test
    void profileTextKeepsLineBreaksOfABiographyOnlyAndDropsControlCharacters() {
        assertEquals("a b\nc", MemberProfiles.plain(" a\u0007b\r\nc ", true));
        assertEquals("a b c", MemberProfiles.plain("a\nb\tc", false));
        assertNull(MemberProfiles.plain("  \n ", true));
    }

    @Test
    void aPublicProfileWithoutDisplayNameIsRefusedOnTheVisibilityField() {
        List<FieldError> errors = MemberProfiles.problems(null, "Analyst", null, true);

        assertEquals(List.of("visible"), errors.stream().map(FieldError::field).toList());
        assertTrue(MemberProfiles.problems(null, "Analyst", null, false).isEmpty(),
                "a private profile may go without a name");
        assertTrue(MemberProfiles.problems("Ada M.", null, null, true).isEmpty());
    }
}
