/*
 * How the order of new UUIDs changes the cost of H2's indexes during a large import. Run it
 * as a single source file with the H2 driver the node ships:
 *
 *   java -XX:TieredStopAtLevel=1 -cp liberty/target/liberty/wlp/usr/servers/openxeco/jdbc/h2.jar \
 *        liberty/src/bench/KeyOrderBench.java [--rounds 5] [--objects 16000] [--page 500]
 *
 * It writes what a full import from a peer writes for each entity (a row of an
 * organisation-like table with its indexes on UUID, origin URI and sort key, and a row of
 * an imported_copy-like table keyed by the UUID), in transactions of one feed page, into a
 * fresh H2 file database with the node's settings. It does so once with random UUIDs
 * (version 4) and once with time-ordered ones (version 7, as new objects get them), in
 * turns (each round starting with the other), and prints the time and the writing thread's
 * CPU time of each (not the collector's), then the median CPU times. The origin URIs and
 * names stay random in both, as a peer's are. It models two tables, not everything an
 * import writes (tags, references, audit).
 */

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

public final class KeyOrderBench {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        int rounds = option(args, "--rounds", 5);
        int objects = option(args, "--objects", 16_000);
        int page = option(args, "--page", 500);
        Path dir = Files.createTempDirectory("openxeco-key-order");
        Map<String, List<Long>> cpu = new TreeMap<>();
        System.out.printf(Locale.ROOT, "%d objects in transactions of %d, %d rounds; H2 in %s%n",
                objects, page, rounds, dir);
        try {
            for (int round = 1; round <= rounds; round++) {
                List<String> orders = round % 2 == 1
                        ? List.of("random (v4)", "time-ordered (v7)")
                        : List.of("time-ordered (v7)", "random (v4)");
                for (String order : orders) {
                    boolean timeOrdered = order.startsWith("time");
                    long[] figures = run(dir.resolve("round" + round + (timeOrdered ? "b" : "a")),
                            timeOrdered, objects, page);
                    cpu.computeIfAbsent(order, k -> new ArrayList<>()).add(figures[1]);
                    System.out.printf(Locale.ROOT, "round %d  %-18s %6d ms, CPU %6d ms%n", round,
                            order, figures[0], figures[1]);
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        long random = median(cpu.get("random (v4)"));
        long ordered = median(cpu.get("time-ordered (v7)"));
        System.out.printf(Locale.ROOT, "median CPU: random %d ms, time-ordered %d ms (%.0f %%)%n",
                random, ordered, 100.0 * ordered / random);
    }

    /** Writes the objects; answers the wall time and this thread's CPU time in ms. */
    private static long[] run(Path file, boolean timeOrdered, int objects, int page)
            throws SQLException {
        String url = "jdbc:h2:file:" + file + ";WRITE_DELAY=0;CACHE_SIZE=65536";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE organisation (id BIGINT PRIMARY KEY,"
                        + " uuid VARCHAR(36) NOT NULL UNIQUE, origin_uri VARCHAR(2000) UNIQUE,"
                        + " name VARCHAR(300) NOT NULL, sort_key VARCHAR(300) NOT NULL,"
                        + " status VARCHAR(20) NOT NULL, description VARCHAR(20000))");
                s.execute("CREATE INDEX organisation_sort ON organisation (sort_key, uuid)");
                s.execute("CREATE INDEX organisation_public_sort"
                        + " ON organisation (status, sort_key, id)");
                s.execute("CREATE TABLE imported_copy (object_uuid VARCHAR(36) PRIMARY KEY,"
                        + " origin_uri VARCHAR(2000) NOT NULL UNIQUE, peer_id BIGINT NOT NULL)");
                s.execute("CREATE INDEX imported_copy_peer ON imported_copy (peer_id)");
            }
            c.setAutoCommit(false);
            var threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            try (PreparedStatement organisation = c.prepareStatement(
                    "INSERT INTO organisation VALUES (?, ?, ?, ?, ?, 'PUBLISHED', ?)");
                    PreparedStatement copy = c.prepareStatement(
                            "INSERT INTO imported_copy VALUES (?, ?, 1)")) {
                for (int i = 0; i < objects; i++) {
                    String uuid = (timeOrdered ? timeOrdered() : UUID.randomUUID()).toString();
                    String origin = "https://peer.example/api/entities/" + UUID.randomUUID();
                    String name = "University " + Long.toString(RANDOM.nextLong() >>> 1, 36);
                    organisation.setLong(1, i + 1);
                    organisation.setString(2, uuid);
                    organisation.setString(3, origin);
                    organisation.setString(4, name);
                    organisation.setString(5, name.toLowerCase(Locale.ROOT));
                    organisation.setString(6, "A description of some length. ".repeat(25));
                    organisation.executeUpdate();
                    copy.setString(1, uuid);
                    copy.setString(2, origin);
                    copy.executeUpdate();
                    if ((i + 1) % page == 0) {
                        c.commit();
                    }
                }
                c.commit();
            }
            return new long[] {(System.nanoTime() - wall) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000};
        }
    }

    /** RFC 9562 version 7: the Unix millisecond, then random bits. */
    private static UUID timeOrdered() {
        long msb = System.currentTimeMillis() << 16 | 0x7000L | RANDOM.nextInt(1 << 12);
        long lsb = RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
