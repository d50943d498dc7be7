package org.openxeco.rest.platform;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import jakarta.json.stream.JsonParser;

import org.openxeco.kernel.Jsonp;

/**
 * Finds the names an object of a JSON text holds twice: reading it keeps only the last
 * value, so the first would be lost without a word. Each is given by its path
 * ({@code addresses[1].city}).
 */
final class RepeatedKeys {

    private RepeatedKeys() {
    }

    /** One object or array being read: its names so far, or the index of its last item. */
    private static final class Level {
        final boolean object;
        final Set<String> names = new HashSet<>();
        String name;
        int index = -1;

        Level(boolean object) {
            this.object = object;
        }
    }

    /** The paths of the repeated names, in the order met; the text is well-formed JSON. */
    static List<String> in(byte[] json) {
        List<String> repeated = new ArrayList<>();
        Deque<Level> levels = new ArrayDeque<>();
        try (JsonParser parser = Jsonp.createParser(new ByteArrayInputStream(json))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                Level current = levels.peek();
                if (event == JsonParser.Event.KEY_NAME) {
                    current.name = parser.getString();
                    if (!current.names.add(current.name)) {
                        repeated.add(path(levels));
                    }
                    continue;
                }
                if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    levels.pop();
                    continue;
                }
                if (current != null && !current.object) {
                    current.index++;
                }
                if (event == JsonParser.Event.START_OBJECT) {
                    levels.push(new Level(true));
                } else if (event == JsonParser.Event.START_ARRAY) {
                    levels.push(new Level(false));
                }
            }
        }
        return repeated;
    }

    private static String path(Deque<Level> levels) {
        StringBuilder path = new StringBuilder();
        for (Iterator<Level> outward = levels.descendingIterator(); outward.hasNext();) {
            Level level = outward.next();
            if (level.object) {
                path.append(path.length() == 0 ? "" : ".").append(level.name);
            } else {
                path.append('[').append(level.index).append(']');
            }
        }
        return path.toString();
    }
}
