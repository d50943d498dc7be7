package org.openxeco.dashboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Query;

/**
 * Consecutive periods of time (calendar months or weeks from Monday in a time zone) ending
 * with the current one, and the JPQL that counts rows per period in one query: one
 * {@code sum(case ...)} column per period, comparing with bound instants. Both H2 and
 * PostgreSQL run it alike, with no date function of either.
 */
final class Buckets {

    private final List<LocalDate> starts;
    private final List<Instant> bounds;

    private Buckets(List<LocalDate> starts, LocalDate end, ZoneId zone) {
        this.starts = List.copyOf(starts);
        List<Instant> edges = new ArrayList<>();
        for (LocalDate start : starts) {
            edges.add(start.atStartOfDay(zone).toInstant());
        }
        edges.add(end.atStartOfDay(zone).toInstant());
        this.bounds = List.copyOf(edges);
    }

    /** The given number of calendar months, the month of {@code now} last. */
    static Buckets months(Instant now, ZoneId zone, int count) {
        LocalDate first = LocalDate.ofInstant(now, zone).withDayOfMonth(1)
                .minusMonths(count - 1L);
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            starts.add(first.plusMonths(i));
        }
        return new Buckets(starts, first.plusMonths(count), zone);
    }

    /** The given number of weeks starting on Monday, the week of {@code now} last. */
    static Buckets weeks(Instant now, ZoneId zone, int count) {
        LocalDate first = LocalDate.ofInstant(now, zone)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(count - 1L);
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            starts.add(first.plusWeeks(i));
        }
        return new Buckets(starts, first.plusWeeks(count), zone);
    }

    /** The first day of each period, oldest first. */
    List<LocalDate> starts() {
        return starts;
    }

    int size() {
        return starts.size();
    }

    /**
     * The select columns counting the rows whose instant attribute falls in each period,
     * e.g. {@code sum(case when a.created >= :b0 and a.created < :b1 then 1 else 0 end)}.
     */
    String sums(String attribute) {
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < size(); i++) {
            if (i > 0) {
                columns.append(", ");
            }
            columns.append("sum(case when ").append(attribute).append(" >= :b").append(i)
                    .append(" and ").append(attribute).append(" < :b").append(i + 1)
                    .append(" then 1 else 0 end)");
        }
        return columns.toString();
    }

    /** The condition keeping only rows inside the periods, for the where clause. */
    String within(String attribute) {
        return attribute + " >= :b0 and " + attribute + " < :b" + size();
    }

    /** Binds the bounds the columns and condition name. */
    <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < bounds.size(); i++) {
            query.setParameter("b" + i, bounds.get(i));
        }
        return query;
    }

    /** The counts per period from a result row, starting at the given column. */
    long[] counts(Object[] row, int from) {
        long[] counts = new long[size()];
        for (int i = 0; i < counts.length; i++) {
            Object cell = row[from + i];
            counts[i] = cell == null ? 0 : ((Number) cell).longValue();
        }
        return counts;
    }
}
