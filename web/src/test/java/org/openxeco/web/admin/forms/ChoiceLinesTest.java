package org.openxeco.web.admin.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openxeco.form.QuestionData.ChoiceData;

/** Choices edited as lines keep their ids through reordering and renaming. */
class ChoiceLinesTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final List<ChoiceData> STORED = List.of(new ChoiceData(A, "Alpha"),
            new ChoiceData(B, "Beta"), new ChoiceData(C, "Gamma"));

    @Test
    void reorderedLinesKeepTheIdOfTheSameWording() {
        assertEquals(List.of(new ChoiceData(C, "Gamma"), new ChoiceData(A, "alpha"),
                new ChoiceData(B, "Beta")), ChoiceLines.read(STORED, "Gamma\r\n alpha \n\nBeta"));
    }

    @Test
    void aNewWordingRenamesAChoiceNoLineKeptAndExtraLinesAreNew() {
        assertEquals(List.of(new ChoiceData(A, "Alpha"), new ChoiceData(B, "Bravo"),
                new ChoiceData(C, "Gamma"), new ChoiceData(null, "Delta")),
                ChoiceLines.read(STORED, "Alpha\nBravo\nGamma\nDelta"));
    }

    @Test
    void aMissingLineDropsItsChoiceAndTheTextRoundTrips() {
        assertEquals(List.of(new ChoiceData(A, "Alpha"), new ChoiceData(C, "Gamma")),
                ChoiceLines.read(STORED, "Alpha\nGamma"));
        assertEquals(STORED, ChoiceLines.read(STORED, ChoiceLines.text(STORED)));
        assertEquals(List.of(), ChoiceLines.read(STORED, null));
    }
}
