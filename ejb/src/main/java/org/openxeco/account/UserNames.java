package org.openxeco.account;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import org.openxeco.kernel.Problems;

/**
 * What a user name may be and when two names are the same. A name is kept in Unicode NFKC
 * form, so full-width and other compatibility letters become the plain ones; it has 3 to 100
 * letters and digits of a single script, plus {@code . _ @ + -}, so that no name can mix
 * look-alike letters of two alphabets. Two names are the same when their keys are equal: the
 * NFKC form case-folded, with the Cyrillic and Greek letters that look like Latin ones read
 * as those, so a name written wholly in look-alikes cannot stand beside the one it imitates.
 */
public final class UserNames {

    /** The most characters a user name may have. */
    public static final int MAX_LENGTH = 100;

    /** The longest key a name of {@link #MAX_LENGTH} characters can have. */
    public static final int MAX_KEY_LENGTH = 400;

    private static final String SIGNS = "._@+-";

    /** Lower-case Cyrillic and Greek letters that are read as the Latin letter they imitate. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('в', 'b'), Map.entry('с', 'c'), Map.entry('ԁ', 'd'),
            Map.entry('е', 'e'), Map.entry('һ', 'h'), Map.entry('і', 'i'), Map.entry('ј', 'j'),
            Map.entry('к', 'k'), Map.entry('ӏ', 'l'), Map.entry('м', 'm'), Map.entry('н', 'h'),
            Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('ԛ', 'q'), Map.entry('ѕ', 's'),
            Map.entry('т', 't'), Map.entry('у', 'y'), Map.entry('ԝ', 'w'), Map.entry('х', 'x'),
            Map.entry('ѵ', 'v'), Map.entry('α', 'a'), Map.entry('β', 'b'), Map.entry('ε', 'e'),
            Map.entry('η', 'n'), Map.entry('ι', 'i'), Map.entry('κ', 'k'), Map.entry('ν', 'v'),
            Map.entry('ο', 'o'), Map.entry('ρ', 'p'), Map.entry('τ', 't'), Map.entry('υ', 'u'),
            Map.entry('χ', 'x'), Map.entry('γ', 'y'), Map.entry('ω', 'w'), Map.entry('ѡ', 'w'));

    private static final EnumSet<UnicodeScript> JAPANESE =
            EnumSet.of(UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA);

    private UserNames() {
    }

    /**
     * The name as it is kept (trimmed, NFKC), or a refusal naming the field when it breaks
     * the rules: wrong length, a character outside the allowed set, or letters and digits of
     * more than one script.
     */
    public static String checked(String field, String name) {
        String kept = name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFKC);
        int length = kept.codePointCount(0, kept.length());
        if (length < 3 || length > MAX_LENGTH || !singleScript(kept)) {
            throw Problems.invalid(field, "username.rule", MAX_LENGTH);
        }
        return kept;
    }

    /** Whether the name is made of allowed characters, its letters and digits of one script. */
    static boolean singleScript(String name) {
        EnumSet<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128 && SIGNS.indexOf(c) >= 0 || c >= '0' && c <= '9') {
                continue;
            }
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            UnicodeScript script = UnicodeScript.of(c);
            if (!Character.isLetterOrDigit(c) && !mark || script == UnicodeScript.COMMON) {
                return false;
            }
            if (script != UnicodeScript.INHERITED) {
                scripts.add(script);
            }
        }
        // Japanese, Korean and Chinese writing mix Han with their own scripts by nature.
        scripts.remove(UnicodeScript.HAN);
        if (scripts.size() > 1) {
            scripts.removeAll(JAPANESE);
        }
        return scripts.size() <= 1;
    }

    /**
     * The key two names share when they must not both exist: NFKC, case-folded, NFKC again,
     * with look-alike Cyrillic and Greek letters read as Latin. Also for names typed at
     * sign-in, so any case of a name finds its account.
     */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        // Lower, upper, lower: folds one-way pairs too, such as capital sharp s to "ss".
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
        folded = Normalizer.normalize(folded, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            key.append(LOOK_ALIKES.getOrDefault(c, c));
        }
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key.toString();
    }
}
