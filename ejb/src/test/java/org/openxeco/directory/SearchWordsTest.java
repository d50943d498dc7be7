package org.openxeco.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a visitor's query becomes the words the directory looks for. */
class SearchWordsTest {

    @Test
    void typographicAndStraightApostrophesGiveTheSameWords() {
        assertEquals(List.of("etudes", "superieures"),
                SearchText.words("d\u2019\u00e9tudes sup\u00e9rieures"));
        assertEquals(List.of("etudes", "superieures"), SearchText.words("d'Etudes Supérieures"));
        assertEquals(List.of("universite"), SearchText.words("l\u2018universit\u00e9"));
        assertEquals(List.of("brien"), SearchText.words("O\u02bcBrien"));
    }

    @Test
    void quotesAreNotSearchedFor() {
        assertEquals(List.of("paris"), SearchText.words("\"Paris\""));
        assertEquals(List.of("ecole", "normale"), SearchText.words("\u201c\u00c9cole normale\u201d"));
    }

    @Test
    void aWordThatOnlyEndsWithAnApostropheKeepsItsLetters() {
        assertEquals(List.of("rock", "roll"), SearchText.words("rock' roll"));
        assertEquals(List.of(), SearchText.words("' \u2019"));
    }
}
