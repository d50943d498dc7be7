package org.openxeco.dashboard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per period (month or week) for several series: the first day of each period,
 * oldest first, and per series name one count per period. Periods without any row count 0.
 */
public record Timeline(List<LocalDate> periods, Map<String, List<Long>> series) {

    public Timeline {
        periods = List.copyOf(periods);
        Map<String, List<Long>> copy = new LinkedHashMap<>();
        series.forEach((name, counts) -> copy.put(name, List.copyOf(counts)));
        series = java.util.Collections.unmodifiableMap(copy);
    }

    /** The counts of one series. */
    public List<Long> counts(String name) {
        return series.getOrDefault(name, List.of());
    }

    /** The total of every series in every period. */
    public long total() {
        return series.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    }

    static List<Long> list(long[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }
}
