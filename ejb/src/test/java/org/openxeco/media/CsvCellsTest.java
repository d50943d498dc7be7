package org.openxeco.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void valuesWithSeparatorsAndBackslashesComeBackAsTheyWere() {
        List<String> values = List.of("a | b", "c\\d", "\\|", "plain", "");

        String cell = CsvCells.join(values);

        assertEquals("a \\| b | c\\\\d | \\\\\\| | plain | ", cell);
        assertEquals(values, CsvCells.split(cell));
    }

    @Test
    void emptyPositionsAreKeptAndBlankCellsHoldNoValue() {
        assertEquals(" | x", CsvCells.join(Arrays.asList(null, "x")));
        assertEquals(List.of("", "x"), CsvCells.split(" | x"));
        assertEquals(List.of(), CsvCells.split("  "));
        assertEquals(List.of(), CsvCells.split(null));
        assertEquals(List.of("a", "b"), CsvCells.split(" a|b "));
    }

    @Test
    void onlyTheApostropheOfTheExportIsDropped() {
        assertEquals("=x", CsvCells.unprotect("'=x"));
        assertEquals("'x", CsvCells.unprotect("'x"));
        assertEquals("'", CsvCells.unprotect("'"));
        assertEquals("don't", CsvCells.unprotect("don't"));
    }
}
