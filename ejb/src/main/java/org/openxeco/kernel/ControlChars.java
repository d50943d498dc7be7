package org.openxeco.kernel;

import java.util.regex.Pattern;

/**
 * The characters no text of the node should hold: controls other than tab and line breaks,
 * and the two non-characters U+FFFE and U+FFFF. XML cannot carry them (an RDF/XML or Atom
 * document holding one is broken) and PostgreSQL refuses U+0000 in text.
 */
public final class ControlChars {

    private static final Pattern FOUND = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private ControlChars() {
    }

    /** Whether the text holds one. */
    public static boolean in(String text) {
        return text != null && FOUND.matcher(text).find();
    }

    /** The text without them; null stays null. */
    public static String removed(String text) {
        return text == null ? null : FOUND.matcher(text).replaceAll("");
    }
}
