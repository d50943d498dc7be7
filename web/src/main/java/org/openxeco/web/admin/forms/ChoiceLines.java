package org.openxeco.web.admin.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openxeco.form.QuestionData.ChoiceData;

/**
 * The choices of a question edited as lines of text. A line keeps the id of the stored
 * choice with the same wording (so reordering keeps the answers' meaning); a line with a new
 * wording takes over a stored choice no line kept, in order (a rename), or is a new choice.
 */
final class ChoiceLines {

    private ChoiceLines() {
    }

    /** The stored choices as lines. */
    static String text(List<ChoiceData> stored) {
        return stored.stream().map(ChoiceData::label).collect(Collectors.joining("\n"));
    }

    /** The choices the lines describe, blank lines left out. */
    static List<ChoiceData> read(List<ChoiceData> stored, String text) {
        List<String> lines = text == null ? List.of() : Arrays.stream(text.split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        LinkedList<ChoiceData> unclaimed = new LinkedList<>(stored);
        UUID[] ids = new UUID[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String key = lines.get(i).toLowerCase(Locale.ROOT);
            ChoiceData same = unclaimed.stream().filter(c -> c.label().strip()
                    .toLowerCase(Locale.ROOT).equals(key)).findFirst().orElse(null);
            if (same != null) {
                ids[i] = same.id();
                unclaimed.remove(same);
            }
        }
        List<ChoiceData> choices = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            UUID id = ids[i] != null ? ids[i] : unclaimed.isEmpty() ? null
                    : unclaimed.removeFirst().id();
            choices.add(new ChoiceData(id, lines.get(i)));
        }
        return choices;
    }
}
