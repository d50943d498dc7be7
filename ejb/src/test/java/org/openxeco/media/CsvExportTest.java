package org.openxeco.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.openxeco.kernel.Page;

class CsvExportTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreDefused() {
        for (String formula : List.of("=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx",
                "=HYPERLINK(\"http://x\")")) {
            assertEquals("'" + formula, CsvExport.cell(formula));
            assertEquals(formula, CsvCells.unprotect(CsvExport.cell(formula)));
        }
        // A leading apostrophe gets one more, so that reading the cell back restores it.
        assertEquals("''quoted", CsvExport.cell("'quoted"));
        assertEquals("'quoted", CsvCells.unprotect(CsvExport.cell("'quoted")));
        for (String plain : List.of("", "a=b", " =1", "Société", "1-2")) {
            assertEquals(plain, CsvExport.cell(plain));
        }
        assertEquals("", CsvExport.cell(null));
    }

    @Test
    void multipleValuesAreJoinedWithoutBlanksOrRepeats() {
        assertEquals("LU | BE", CsvExport.joined(Arrays.asList("LU", null, "BE", "LU", " ")));
        assertEquals("", CsvExport.joined(List.of()));
    }

    @Test
    void anEmptyListStillHasItsHeaderAndTheByteOrderMarkIsOptional() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = CsvExport.write(out, true, List.of("a", "b"),
                page -> new Page<String>(List.of(), 0, Optional.empty()), s -> List.of(s));

        assertEquals(0, rows);
        assertEquals("\ufeffa,b\r\n", out.toString(StandardCharsets.UTF_8));
    }
}
