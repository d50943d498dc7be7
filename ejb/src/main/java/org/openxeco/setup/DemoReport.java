package org.openxeco.setup;

import java.util.List;

import org.openxeco.taxonomy.TaxonomyInstaller;

/**
 * What a demo-data load did: per file the records read, objects created, objects already
 * present, records merged into another, and every rejected record with its reason.
 */
public record DemoReport(List<TaxonomyInstaller.Report> taxonomies, Counts universities,
        Counts conferences, List<Problem> rejected, List<Problem> warnings, long millis) {

    /** Counts for one file. */
    public record Counts(int read, int created, int existing, int merged, int rejected) {
    }

    /** A record of a file (by its 1-based position) and what was wrong with it. */
    public record Problem(String file, int record, String reason) {
    }

    /** Objects created per second over the whole load. */
    public double objectsPerSecond() {
        int created = universities.created() + conferences.created()
                + taxonomies.stream().mapToInt(TaxonomyInstaller.Report::added).sum();
        return millis == 0 ? 0 : created * 1000.0 / millis;
    }
}
