package org.openxeco.web.admin.dashboard;

import java.io.StringWriter;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;

import org.openxeco.kernel.Jsonp;

/**
 * Chart.js configurations as JSON text for {@code p:chart}: bar charts (upright or lying,
 * stacked or not) and line charts, with whole-number axes starting at zero. The text goes
 * into a script of the page, so characters that could end it are written as escapes.
 */
public final class ChartJson {

    /** One series of numbers with its name. */
    public record Dataset(String label, List<Long> data) {
    }

    /** Colours of the series in turn, readable on white. */
    private static final List<String> COLOURS = List.of("#1f77b4", "#d6711a", "#2e8b3a",
            "#c03b3c", "#7b5ea7", "#8c564b", "#c2569c", "#5f6b73");

    private ChartJson() {
    }

    /** A bar chart, lying (bars along x) when {@code horizontal}, stacked when asked. */
    public static String bar(List<String> labels, List<Dataset> datasets, boolean horizontal,
            boolean stacked) {
        JsonObjectBuilder options = options(datasets.size() > 1, stacked);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return write(Jsonp.createObjectBuilder().add("type", "bar")
                .add("data", data(labels, datasets, false)).add("options", options));
    }

    /** A line chart, one line per series. */
    static String line(List<String> labels, List<Dataset> datasets) {
        return write(Jsonp.createObjectBuilder().add("type", "line")
                .add("data", data(labels, datasets, true))
                .add("options", options(datasets.size() > 1, false)));
    }

    private static JsonObjectBuilder data(List<String> labels, List<Dataset> datasets,
            boolean lines) {
        JsonArrayBuilder sets = Jsonp.createArrayBuilder();
        for (int i = 0; i < datasets.size(); i++) {
            Dataset set = datasets.get(i);
            String colour = COLOURS.get(i % COLOURS.size());
            JsonArrayBuilder values = Jsonp.createArrayBuilder();
            set.data().forEach(values::add);
            JsonObjectBuilder json = Jsonp.createObjectBuilder().add("label", set.label())
                    .add("data", values).add("backgroundColor", colour)
                    .add("borderColor", colour);
            if (lines) {
                json.add("fill", false).add("tension", 0);
            }
            sets.add(json);
        }
        JsonArrayBuilder names = Jsonp.createArrayBuilder();
        labels.forEach(names::add);
        return Jsonp.createObjectBuilder().add("labels", names).add("datasets", sets);
    }

    private static JsonObjectBuilder options(boolean legend, boolean stacked) {
        // Whichever axis carries the counts (y upright, x lying) shows whole numbers from 0;
        // a category axis ignores these settings.
        return Jsonp.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", Jsonp.createObjectBuilder().add("legend",
                        Jsonp.createObjectBuilder().add("display", legend)))
                .add("scales", Jsonp.createObjectBuilder().add("x", axis(stacked))
                        .add("y", axis(stacked)));
    }

    private static JsonObjectBuilder axis(boolean stacked) {
        return Jsonp.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked)
                .add("ticks", Jsonp.createObjectBuilder().add("precision", 0));
    }

    private static String write(JsonObjectBuilder config) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Jsonp.createWriter(text)) {
            writer.writeObject(config.build());
        }
        // In JSON these characters only occur inside strings, where the escapes mean the same.
        return text.toString().replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
