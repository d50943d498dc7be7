package org.openxeco.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A form stamp holds only when this node signed it and the form came back in time. */
class FormStampsTest {

    private static final Duration MIN = Duration.ofSeconds(3);
    private static final Duration MAX = Duration.ofHours(2);

    @Test
    void aStampIsFineBetweenTheShortestAndLongestTimeAndRefusedOutside() {
        String key = FormStamps.newKey();
        Instant issued = Instant.parse("2026-03-01T10:00:00Z");
        String stamp = FormStamps.issue(key, issued);

        assertEquals(FormStamps.Verdict.TOO_FAST,
                FormStamps.check(key, stamp, issued.plusSeconds(1), MIN, MAX));
        assertEquals(FormStamps.Verdict.FINE,
                FormStamps.check(key, stamp, issued.plusSeconds(4), MIN, MAX));
        assertEquals(FormStamps.Verdict.FINE,
                FormStamps.check(key, stamp, issued.plus(MAX), MIN, MAX));
        assertEquals(FormStamps.Verdict.TOO_OLD,
                FormStamps.check(key, stamp, issued.plus(MAX).plusSeconds(1), MIN, MAX));
    }

    @Test
    void aStampSignedElsewhereOrChangedOrMissingIsForged() {
        String key = FormStamps.newKey();
        Instant issued = Instant.parse("2026-03-01T10:00:00Z");
        Instant later = issued.plusSeconds(60);
        String stamp = FormStamps.issue(key, issued);
        String earlier = (issued.toEpochMilli() - 60_000) + stamp.substring(stamp.indexOf('.'));

        assertEquals(FormStamps.Verdict.FORGED,
                FormStamps.check(FormStamps.newKey(), stamp, later, MIN, MAX));
        assertEquals(FormStamps.Verdict.FORGED, FormStamps.check(key, earlier, later, MIN, MAX));
        assertEquals(FormStamps.Verdict.FORGED, FormStamps.check(key, null, later, MIN, MAX));
        assertEquals(FormStamps.Verdict.FORGED, FormStamps.check(key, "x.y", later, MIN, MAX));
    }
}
