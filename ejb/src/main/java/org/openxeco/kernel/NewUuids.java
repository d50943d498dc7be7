package org.openxeco.kernel;

import java.security.SecureRandom;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;

/**
 * UUIDs of new rows: time-ordered (RFC 9562, version 7: the creation millisecond, then 74
 * random bits, so they stay unguessable). Each new row lands at the end of its UUID index
 * instead of in a random page, so a transaction that creates many rows (an import from a
 * peer, a CSV import) rewrites a few index pages rather than most of them
 * (liberty/src/bench/KeyOrderBench.java). Their start is the time, not random: a suffix that
 * must tell two objects apart takes the end (Slugs.withUuidEnd).
 */
public final class NewUuids {

    private static final NoArgGenerator GENERATOR =
            Generators.timeBasedEpochRandomGenerator(new SecureRandom());

    private NewUuids() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }

    /** The next UUID as the text the tables keep. */
    public static String nextText() {
        return next().toString();
    }
}
