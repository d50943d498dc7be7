package org.openxeco.web.admin.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.openxeco.dashboard.Distribution;
import org.openxeco.dashboard.Share;
import org.openxeco.dashboard.Timeline;
import org.openxeco.dashboard.Waiting;
import org.openxeco.web.ui.Texts;

/**
 * Turns the dashboard service's figures into charts with their tables, every label from the
 * portal's bundles in the person's language.
 */
final class Charts {

    private final Texts texts;
    private final Locale locale;

    Charts(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** Entities per value (or per country): one lying bar per share, then other and none. */
    ChartView distribution(String id, String title, String heading, Distribution figures,
            Function<Share, String> label, String otherKey, String noneKey) {
        List<ChartView.Row> rows = new ArrayList<>();
        for (Share share : figures.top()) {
            rows.add(new ChartView.Row(share.key(), label.apply(share), List.of(share.count())));
        }
        if (figures.other() > 0) {
            rows.add(new ChartView.Row("other", texts.get(otherKey), List.of(figures.other())));
        }
        if (figures.none() > 0) {
            rows.add(new ChartView.Row("none", texts.get(noneKey), List.of(figures.none())));
        }
        String count = texts.get("dash.entities");
        String json = ChartJson.bar(rows.stream().map(ChartView.Row::label).toList(),
                List.of(new ChartJson.Dataset(count, rows.stream()
                        .map(r -> r.counts().get(0)).toList())), true, false);
        return new ChartView(id, title, json, heading, List.of(count), rows);
    }

    /** The country's name in the person's language, or its code if Java knows none. */
    String country(Share share) {
        String name = new Locale("", share.key()).getDisplayCountry(locale);
        return name.isBlank() ? share.key() : name;
    }

    /** Articles per month: stacked bars, one colour per type. */
    ChartView articles(Timeline figures) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern(texts.get("dash.monthPattern"),
                locale);
        return timeline("articles", texts.get("dash.articles.title"), texts.get("dash.month"),
                figures, month, name -> texts.get("type." + name), true);
    }

    /** Member activity per week: one line per kind of activity. */
    ChartView activity(Timeline figures) {
        DateTimeFormatter week = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale);
        return timeline("activity", texts.get("dash.activity.title"), texts.get("dash.week"),
                figures, week, name -> texts.get("dash.series." + name), false);
    }

    private ChartView timeline(String id, String title, String heading, Timeline figures,
            DateTimeFormatter format, Function<String, String> seriesName, boolean bars) {
        List<String> labels = figures.periods().stream().map(format::format).toList();
        List<ChartJson.Dataset> datasets = new ArrayList<>();
        for (Map.Entry<String, List<Long>> series : figures.series().entrySet()) {
            datasets.add(new ChartJson.Dataset(seriesName.apply(series.getKey()),
                    series.getValue()));
        }
        List<ChartView.Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int period = i;
            LocalDate start = figures.periods().get(i);
            rows.add(new ChartView.Row(start.toString(), labels.get(i), datasets.stream()
                    .map(set -> set.data().get(period)).toList()));
        }
        String json = bars ? ChartJson.bar(labels, datasets, false, true)
                : ChartJson.line(labels, datasets);
        return new ChartView(id, title, json, heading,
                datasets.stream().map(ChartJson.Dataset::label).toList(), rows);
    }

    /** What waits for a decision: one bar per queue. */
    ChartView waiting(Waiting figures) {
        List<ChartView.Row> rows = List.of(
                row("requests", "dash.waiting.requests", figures.requests()),
                row("changes", "dash.waiting.changes", figures.changes()),
                row("articles", "dash.waiting.articles", figures.articles()),
                row("handshakes", "dash.waiting.handshakes", figures.handshakes()));
        String count = texts.get("dash.waiting.count");
        String json = ChartJson.bar(rows.stream().map(ChartView.Row::label).toList(),
                List.of(new ChartJson.Dataset(count, rows.stream()
                        .map(r -> r.counts().get(0)).toList())), false, false);
        return new ChartView("waiting", texts.get("dash.waiting.title"), json,
                texts.get("dash.what"), List.of(count), rows);
    }

    /** Peers per handshake state, in the order of the states; none when there is no peer. */
    ChartView peerStates(Map<String, Long> perState) {
        List<ChartView.Row> rows = perState.entrySet().stream()
                .map(e -> new ChartView.Row(e.getKey(), texts.get("net.state." + e.getKey()),
                        List.of(e.getValue()))).toList();
        String count = texts.get("dash.network.peers");
        String json = ChartJson.bar(rows.stream().map(ChartView.Row::label).toList(),
                List.of(new ChartJson.Dataset(count, rows.stream()
                        .map(r -> r.counts().get(0)).toList())), false, false);
        return new ChartView("network", texts.get("dash.network.byState"), json,
                texts.get("dash.network.state"), List.of(count), rows);
    }

    private ChartView.Row row(String key, String text, long count) {
        return new ChartView.Row(key, texts.get(text), List.of(count));
    }
}
