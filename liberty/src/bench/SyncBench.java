/*
 * The HTTP side of the openXeco sync benchmark (sync-benchmark.sh starts the two nodes and
 * runs this as a single source file):
 *
 *   BENCH_ADMIN_PASSWORD=... java SyncBench.java --source http://localhost:9590
 *        --target http://localhost:9592 [--change-percent 1] [--idle true|false]
 *        [--repeat N] [--run-limit SECONDS]
 *
 * The target node T asks the source node S for a handshake, S approves it, T follows
 * everything S shares and syncs it all (the full import); then a share of S's public
 * entities and events is changed through S's API and T syncs again (the incremental sync);
 * with --repeat N, S is removed from T deleting the copies and both syncs are run again, N
 * times in all (each prints its RUN line); then, with --idle true, T syncs once more with
 * nothing changed. Each sync is started
 * with POST .../sync and followed through the run log until it ends; the run's own figures
 * are printed, with the wall time from the start request to the first poll that saw the
 * run over. Progress goes to standard error; the figures go to standard output as lines
 *
 *   SHARED entities=N events=N articles=N schemes=N
 *   RUN <name> state=S created=N updated=N unchanged=N withdrawn=N conflicts=N errors=N
 *       pages=N duration_ms=N wall_ms=N
 *   MESSAGE <name> <the run's message, if any>
 *   CHANGED entities=N events=N failed=N
 *   TARGET entities=N events=N schemes=N
 *
 * (a RUN line is one line). Only the JDK is needed; the few JSON answers are read with the
 * small reader at the end of this file.
 */

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public final class SyncBench {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** One node, driven through its API as its administrator or anonymously. */
    record Node(String name, String baseUrl, String authorization) {

        Object get(String path, boolean admin) {
            return call("GET", path, null, null, admin, 200);
        }

        Object call(String method, String path, String json, Long ifMatch, boolean admin,
                int expected) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(600)).header("Accept", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (ifMatch != null) {
                request.header("If-Match", "\"" + ifMatch + "\"");
            }
            if (admin) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response;
            try {
                response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(method + " " + baseUrl + path + ": " + e, e);
            }
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + baseUrl + path + " answered "
                        + response.statusCode() + " (expected " + expected + "): "
                        + abbreviate(response.body()));
            }
            String body = response.body();
            return body == null || body.isBlank() ? null : Json.parse(body);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--change-percent", "1",
                "--idle", "true", "--run-limit", "3600"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        String password = System.getenv("BENCH_ADMIN_PASSWORD");
        if (options.get("--source") == null || options.get("--target") == null
                || password == null || args.length % 2 != 0) {
            System.err.println("usage: BENCH_ADMIN_PASSWORD=... java SyncBench.java --source URL"
                    + " --target URL [--change-percent P] [--idle true|false]"
                    + " [--run-limit SECONDS]");
            System.exit(2);
        }
        String authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:"
                + password).getBytes(StandardCharsets.UTF_8));
        Node source = new Node("S", options.get("--source"), authorization);
        Node target = new Node("T", options.get("--target"), authorization);
        double percent = Double.parseDouble(options.get("--change-percent"));
        long runLimit = Long.parseLong(options.get("--run-limit")) * 1000;

        long entities = total(source, "/api/entities?size=1");
        long events = total(source, "/api/articles?type=event&size=1");
        long articles = total(source, "/api/articles?size=1");
        int schemes = ((List<?>) source.get("/api/taxonomies", false)).size();
        System.out.printf("SHARED entities=%d events=%d articles=%d schemes=%d%n", entities,
                events, articles, schemes);

        if (Boolean.parseBoolean(options.getOrDefault("--warm-up", "false"))) {
            warmUp(target, source, runLimit);
        }
        int repeat = Integer.parseInt(options.getOrDefault("--repeat", "1"));
        if (repeat < 1) {
            System.err.println("--repeat needs a number of rounds, 1 or more");
            System.exit(2);
        }
        String peer = null;
        for (int round = 1; round <= repeat; round++) {
            if (peer != null) {
                // The next round imports everything again, into a node without the copies.
                removeDeletingCopies(target, source, peer, "REPEAT");
            }
            peer = handshake(target, source);
            target.call("PUT", "/api/admin/peers/" + peer + "/sync", "{\"followAll\":true}",
                    null, true, 200);
            sync(target, peer, "full", runLimit);

            int wanted = (int) Math.max(1, Math.round((entities + events) * percent / 100));
            int entityShare = (int) Math.round(wanted * (double) entities / (entities
                    + events));
            int[] changed = change(source, "/api/entities?size=100", "/api/entities/",
                    entityShare, "description");
            int[] changedEvents = change(source, "/api/articles?type=event&size=100",
                    "/api/articles/", wanted - entityShare, "summary");
            System.out.printf("CHANGED round=%d entities=%d events=%d failed=%d%n", round,
                    changed[0], changedEvents[0], changed[1] + changedEvents[1]);
            sync(target, peer, "incremental", runLimit);
        }

        if (Boolean.parseBoolean(options.get("--idle"))) {
            sync(target, peer, "idle", runLimit);
        }
        System.out.printf("TARGET entities=%d events=%d schemes=%d%n",
                total(target, "/api/entities?size=1"),
                total(target, "/api/articles?type=event&size=1"),
                ((List<?>) target.get("/api/taxonomies", false)).size());
        if (Boolean.parseBoolean(options.getOrDefault("--removal", "true"))) {
            removal(target, source, peer, runLimit);
        }
    }

    /**
     * Removes S keeping its copies, adds it again and syncs (the copies are linked again,
     * nothing is created), then removes it deleting its copies; prints the time of each.
     */
    static void removal(Node target, Node source, String peer, long runLimit)
            throws InterruptedException {
        long started = System.nanoTime();
        Object kept = target.call("DELETE", "/api/admin/peers/" + peer + "?copies=keep", null,
                null, true, 200);
        System.out.printf("REMOVED copies=keep count=%s ms=%d%n", field(kept, "copies"),
                (System.nanoTime() - started) / 1_000_000);
        for (int i = 0; i < 150 && !"revoked".equals(peer(source, target.baseUrl)
                .get("state")); i++) {
            Thread.sleep(200);
        }
        String again = handshake(target, source);
        target.call("PUT", "/api/admin/peers/" + again + "/sync", "{\"followAll\":true}", null,
                true, 200);
        sync(target, again, "relinked", runLimit);
        started = System.nanoTime();
        Object deleted = target.call("DELETE", "/api/admin/peers/" + again + "?copies=delete",
                null, null, true, 200);
        System.out.printf("REMOVED copies=delete count=%s ms=%d entities-left=%d%n",
                field(deleted, "copies"), (System.nanoTime() - started) / 1_000_000,
                total(target, "/api/entities?size=1"));
    }

    /**
     * Imports everything once, syncs a few changes, and removes S again deleting its copies,
     * so that the measured import and incremental sync run on servers whose code paths were
     * used once already, as on a node that has been up for a while.
     */
    static void warmUp(Node target, Node source, long runLimit) throws InterruptedException {
        String peer = handshake(target, source);
        target.call("PUT", "/api/admin/peers/" + peer + "/sync", "{\"followAll\":true}", null,
                true, 200);
        sync(target, peer, "warm-up", runLimit);
        // The update path too: a node that has been up has synced changes before.
        change(source, "/api/entities?size=100", "/api/entities/", 50, "description");
        change(source, "/api/articles?type=event&size=100", "/api/articles/", 30, "summary");
        sync(target, peer, "warm-up-update", runLimit);
        removeDeletingCopies(target, source, peer, "WARMED");
    }

    /**
     * Removes S from T deleting its copies, prints the time it took on a line starting with
     * the given word, and waits until S has seen the handshake revoked.
     */
    static void removeDeletingCopies(Node target, Node source, String peer, String word)
            throws InterruptedException {
        long started = System.nanoTime();
        Object deleted = target.call("DELETE", "/api/admin/peers/" + peer + "?copies=delete",
                null, null, true, 200);
        System.out.printf("%s copies-deleted=%s ms=%d entities-left=%d%n", word,
                field(deleted, "copies"), (System.nanoTime() - started) / 1_000_000,
                total(target, "/api/entities?size=1"));
        for (int i = 0; i < 150 && !"revoked".equals(peer(source, target.baseUrl)
                .get("state")); i++) {
            Thread.sleep(200);
        }
    }

    /** The total of a public list. */
    static long total(Node node, String path) {
        return ((Number) field(node.get(path, false), "total")).longValue();
    }

    /** Makes the handshake of the target with the source active; returns the peer's id. */
    static String handshake(Node target, Node source) throws InterruptedException {
        log("handshake " + target.baseUrl + " -> " + source.baseUrl);
        String body = "{\"baseUrl\":\"" + source.baseUrl + "\"}";
        Object preview = target.call("POST", "/api/admin/peers/preview", body, null, true, 200);
        target.call("POST", "/api/admin/peers", "{\"baseUrl\":\"" + source.baseUrl
                + "\",\"fingerprint\":\"" + field(preview, "fingerprint") + "\"}", null, true,
                201);
        Map<?, ?> there = peer(source, target.baseUrl);
        if (!"active".equals(there.get("state"))) {
            source.call("POST", "/api/admin/peers/" + there.get("id") + "/approval", null,
                    null, true, 200);
        }
        for (int i = 0; i < 600; i++) {
            Map<?, ?> here = peer(target, source.baseUrl);
            if ("active".equals(here.get("state"))) {
                return (String) here.get("id");
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The handshake did not become active within 2 minutes");
    }

    static Map<?, ?> peer(Node node, String baseUrl) {
        for (Object peer : (List<?>) node.get("/api/admin/peers", true)) {
            if (baseUrl.equals(field(peer, "baseUrl"))) {
                return (Map<?, ?>) peer;
            }
        }
        throw new IllegalStateException(node.name + " has no peer " + baseUrl);
    }

    /** Starts a sync on the node and follows its run until it ends; prints its figures. */
    static void sync(Node node, String peer, String name, long limitMillis)
            throws InterruptedException {
        String path = "/api/admin/peers/" + peer + "/sync";
        List<?> before = (List<?>) field(node.get(path + "?runs=1", true), "runs");
        long after = before.isEmpty() ? 0 : ((Number) field(before.get(0), "id")).longValue();
        log(name + " sync: starting");
        long[] machineBefore = machineTicks();
        long[] cpuBefore = {cpuTicks(0), cpuTicks(1), databaseTicks(), collectorTicks(1)};
        long started = System.nanoTime();
        node.call("POST", path, null, null, true, 202);
        long lastReport = started;
        while (true) {
            long now = System.nanoTime();
            for (Object run : (List<?>) field(node.get(path + "?runs=5", true), "runs")) {
                if (((Number) field(run, "id")).longValue() <= after
                        || !"manual".equals(field(run, "trigger"))) {
                    continue;
                }
                if (!"running".equals(field(run, "state"))) {
                    long[] machine = machineTicks();
                    report(name, run, (now - started) / 1_000_000, new long[] {
                        cpuTicks(0) - cpuBefore[0], cpuTicks(1) - cpuBefore[1],
                        cpuBefore[2] < 0 ? -1 : databaseTicks() - cpuBefore[2],
                        cpuBefore[3] < 0 ? -1 : collectorTicks(1) - cpuBefore[3],
                        machineBefore[0] < 0 || machine[0] < 0 ? -1
                            : machine[0] - machineBefore[0],
                        machine[1] - machineBefore[1]});
                    return;
                }
                if (now - lastReport > 5_000_000_000L) {
                    lastReport = now;
                    log(String.format(Locale.ROOT, "%s sync: %s%% after %.0f s, %s created,"
                            + " %s updated", name, field(run, "progress"), (now - started) / 1e9,
                            field(run, "created"), field(run, "updated")));
                }
            }
            if ((now - started) / 1_000_000 > limitMillis) {
                throw new IllegalStateException("The " + name + " sync did not end within "
                        + limitMillis / 1000 + " s");
            }
            // Polls often enough for the wall time to be within 2 % of a run's, but not so
            // often that the polling itself loads the node during a long run.
            Thread.sleep(Math.max(50, Math.min(1000, (now - started) / 50_000_000)));
        }
    }

    /**
     * CPU time (user and system, in clock ticks of 10 ms) that the source (0) or the target
     * (1) server process has used so far, read from /proc; -1 when BENCH_PIDS is not set.
     * Unlike wall time it hardly depends on what else the machine runs.
     */
    static long cpuTicks(int node) {
        String pids = System.getenv("BENCH_PIDS");
        if (pids == null || pids.isBlank()) {
            return -1;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc",
                    pids.trim().split("\\s+")[node], "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The whole machine's busy and total CPU time so far (clock ticks over all cores) from
     * the first line of /proc/stat: busy is everything but idle and waiting for the disk, so
     * that what other processes took during a run shows; {-1, -1} where /proc/stat is not.
     */
    static long[] machineTicks() {
        try {
            String[] fields = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc",
                    "stat")).get(0).trim().split("\\s+");
            long total = 0;
            // cpu user nice system idle iowait irq softirq steal (guest time is within user)
            for (int i = 1; i <= 8 && i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {total - Long.parseLong(fields[4]) - Long.parseLong(fields[5]),
                total};
        } catch (java.io.IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }

    /**
     * CPU time (clock ticks) of a server's garbage collection so far: its threads named
     * "VM Thread" (where the serial collector works, and the safepoints of the others) or
     * "GC Thread#n" (the parallel collector's); -1 when BENCH_PIDS is not set.
     */
    static long collectorTicks(int node) {
        String pids = System.getenv("BENCH_PIDS");
        if (pids == null || pids.isBlank()) {
            return -1;
        }
        long total = 0;
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc", pids.trim().split("\\s+")[node],
                "task");
        try (var threads = java.nio.file.Files.list(tasks)) {
            for (var thread : threads.toList()) {
                try {
                    String name = java.nio.file.Files.readString(thread.resolve("comm")).strip();
                    if (!name.equals("VM Thread") && !name.startsWith("GC Thread")) {
                        continue;
                    }
                    String stat = java.nio.file.Files.readString(thread.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (java.io.IOException e) {
                    // The thread ended meanwhile.
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return total;
    }

    /**
     * CPU time (clock ticks) of the PostgreSQL server when BENCH_DB_CPU=postgres: its live
     * processes and the connections that ended (counted in their parent's children time);
     * other clients of that server count too. -1 otherwise.
     */
    static long databaseTicks() {
        if (!"postgres".equals(System.getenv("BENCH_DB_CPU"))) {
            return -1;
        }
        long total = 0;
        try (var processes = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            for (var dir : processes.filter(d -> d.getFileName().toString().matches("\\d+"))
                    .toList()) {
                try {
                    if (!"postgres".equals(java.nio.file.Files.readString(dir.resolve("comm"))
                            .strip())) {
                        continue;
                    }
                    String stat = java.nio.file.Files.readString(dir.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    for (int i = 11; i <= 14; i++) {
                        total += Long.parseLong(fields[i]);
                    }
                } catch (java.io.IOException e) {
                    // The process ended meanwhile.
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return total;
    }

    static void report(String name, Object run, long wallMillis, long[] cpuTicks) {
        StringBuilder line = new StringBuilder("RUN " + name + " state=" + field(run, "state"));
        for (String key : List.of("created", "updated", "unchanged", "withdrawn", "conflicts",
                "errors", "pages")) {
            line.append(' ').append(key).append('=').append(field(run, key));
        }
        line.append(" duration_ms=").append(field(run, "durationMillis"));
        line.append(" wall_ms=").append(wallMillis);
        line.append(" cpu_s_ms=").append(cpuTicks[0] * 10);
        line.append(" cpu_t_ms=").append(cpuTicks[1] * 10);
        if (cpuTicks[2] >= 0) {
            line.append(" cpu_db_ms=").append(cpuTicks[2] * 10);
        }
        if (cpuTicks[3] >= 0) {
            line.append(" cpu_t_gc_ms=").append(cpuTicks[3] * 10);
        }
        if (cpuTicks[4] >= 0 && cpuTicks[5] > 0) {
            line.append(" cpu_all_ms=").append(cpuTicks[4] * 10);
            line.append(" busy_pct=").append(Math.round(100.0 * cpuTicks[4] / cpuTicks[5]));
        }
        System.out.println(line);
        Object message = field(run, "message");
        if (message != null) {
            System.out.println("MESSAGE " + name + " " + message.toString().replace('\n', ' '));
        }
        log(name + " sync: " + line.substring(4));
    }

    /**
     * Changes the text field of the first objects of a list, each read afresh and put back
     * whole with its version; returns how many were changed and how many refused.
     */
    static int[] change(Node node, String list, String item, int count, String textField) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        while (ids.size() < count) {
            // Read anonymously, so that only public (and so shared) objects are listed.
            Object page = node.get(list + (cursor == null ? "" : "&cursor="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), false);
            for (Object object : (List<?>) field(page, "items")) {
                if (ids.size() < count) {
                    ids.add((String) field(object, "id"));
                }
            }
            cursor = (String) field(page, "next");
            if (cursor == null) {
                break;
            }
        }
        log("changing the " + textField + " of " + ids.size() + " objects of " + list);
        int done = 0;
        int failed = 0;
        for (String id : ids) {
            Map<?, ?> view = (Map<?, ?>) node.get(item + id, true);
            Map<String, Object> input = item.contains("entities") ? entityInput(view)
                    : articleInput(view);
            Object text = input.get(textField);
            input.put(textField, (text == null ? "" : text) + "<p>Changed by the sync"
                    + " benchmark at " + System.currentTimeMillis() + ".</p>");
            try {
                node.call("PUT", item + id, Json.write(input),
                        ((Number) view.get("version")).longValue(), true, 204);
                done++;
            } catch (IllegalStateException e) {
                failed++;
                log("refused: " + e.getMessage());
            }
        }
        return new int[] {done, failed};
    }

    /** The update body of an entity as read: every field it has, tags by id. */
    static Map<String, Object> entityInput(Map<?, ?> view) {
        Map<String, Object> input = copy(view, "name", "legalName", "kind", "status",
                "description", "websites", "email", "phone", "logoUrl", "addresses",
                "identifiers");
        input.put("tags", ids(view.get("tags")));
        return input;
    }

    /** The update body of an article as read: every field it has, references by id. */
    static Map<String, Object> articleInput(Map<?, ?> view) {
        Map<String, Object> input = copy(view, "type", "status", "title", "slug", "summary",
                "body", "publishedAt", "links");
        input.put("relatedEntities", ids(view.get("relatedEntities")));
        input.put("tags", ids(view.get("tags")));
        if (view.get("event") instanceof Map<?, ?> event) {
            boolean allDay = Boolean.TRUE.equals(event.get("allDay"));
            Map<String, Object> in = copy(event, "timeZone", "allDay", "attendance", "venue",
                    "city", "country", "countryName", "registrationUrl", "cfpUrl", "cfpEnd");
            // An all-day event is written with its first and last day, not instants.
            in.put("start", event.get(allDay ? "startDate" : "start"));
            in.put("end", event.get(allDay ? "endDate" : "end"));
            input.put("event", in);
        }
        if (view.get("job") instanceof Map<?, ?> job) {
            Map<String, Object> in = copy(job, "employmentType", "location", "closingDate");
            in.put("hiringEntity", field(job.get("hiringEntity"), "id"));
            input.put("job", in);
        }
        if (view.get("offering") instanceof Map<?, ?> offering) {
            Map<String, Object> in = copy(offering, "url");
            in.put("provider", field(offering.get("provider"), "id"));
            input.put("offering", in);
        }
        return input;
    }

    static Map<String, Object> copy(Map<?, ?> from, String... keys) {
        Map<String, Object> to = new LinkedHashMap<>();
        for (String key : keys) {
            to.put(key, from.get(key));
        }
        return to;
    }

    static List<Object> ids(Object list) {
        List<Object> ids = new ArrayList<>();
        for (Object item : list == null ? List.of() : (List<?>) list) {
            ids.add(field(item, "id"));
        }
        return ids;
    }

    static Object field(Object object, String name) {
        return object instanceof Map<?, ?> map ? map.get(name) : null;
    }

    static String abbreviate(String text) {
        return text == null || text.length() < 300 ? text : text.substring(0, 300) + "...";
    }

    static void log(String text) {
        System.err.printf("[sync-bench %tT] %s%n", System.currentTimeMillis(), text);
    }

    /**
     * A small JSON reader and writer: objects become LinkedHashMaps, arrays Lists, numbers
     * Long or Double, and true, false and null themselves.
     */
    static final class Json {

        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json reader = new Json(text);
            Object value = reader.value();
            reader.space();
            if (reader.at != text.length()) {
                throw reader.error("trailing characters");
            }
            return value;
        }

        private Object value() {
            space();
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                default:
                    if (text.startsWith("true", at) || text.startsWith("null", at)) {
                        at += 4;
                        return text.charAt(at - 4) == 't' ? Boolean.TRUE : null;
                    }
                    if (text.startsWith("false", at)) {
                        at += 5;
                        return Boolean.FALSE;
                    }
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            at++;
            space();
            if (text.charAt(at) == '}') {
                at++;
                return map;
            }
            while (true) {
                space();
                String key = string();
                space();
                expect(':');
                map.put(key, value());
                space();
                if (text.charAt(at++) == '}') {
                    return map;
                }
                at--;
                expect(',');
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            at++;
            space();
            if (text.charAt(at) == ']') {
                at++;
                return list;
            }
            while (true) {
                list.add(value());
                space();
                if (text.charAt(at++) == ']') {
                    return list;
                }
                at--;
                expect(',');
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        private Number number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String number = text.substring(start, at);
            if (number.isEmpty()) {
                throw error("unexpected character");
            }
            return number.matches("-?\\d+") ? (Number) Long.valueOf(number)
                    : Double.valueOf(number);
        }

        private void expect(char c) {
            if (at >= text.length() || text.charAt(at) != c) {
                throw error("expected '" + c + "'");
            }
            at++;
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("JSON: " + what + " at " + at + " in "
                    + abbreviate(text));
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            if (value instanceof Map<?, ?> map) {
                out.append('{');
                String comma = "";
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(comma);
                    write(entry.getKey().toString(), out);
                    out.append(':');
                    write(entry.getValue(), out);
                    comma = ",";
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(list.get(i), out);
                }
                out.append(']');
            } else if (value instanceof String s) {
                out.append('"');
                for (char c : s.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        out.append('\\').append(c);
                    } else if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
                out.append('"');
            } else {
                out.append(value);
            }
        }
    }
}
