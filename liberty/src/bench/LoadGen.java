/*
 * A small closed-loop HTTP load generator for the openXeco benchmark, used when wrk is not
 * installed (or with benchmark.sh --loadgen java). Run it as a single source file:
 *
 *   java LoadGen.java --url http://127.0.0.1:9580/api/ping [--clients 8]
 *        [--warmup 10] [--duration 20]
 *
 * Each client is one thread with its own HTTP/1.1 connection that sends the next request as
 * soon as the previous answer has been read in full. Requests that complete during the warm-up
 * are not counted; every request that completes inside the timed window is counted and its
 * latency kept, so the percentiles are exact (nearest rank over all recorded latencies).
 * An answer with a status of 400 or more, or a failed request, counts as an error and not
 * as a latency. The last line printed is machine-readable:
 *
 *   RESULT requests=N errors=N seconds=S rps=X p50_ms=X p99_ms=X max_ms=X
 */

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

public final class LoadGen {

    /** What one client recorded inside the timed window. */
    static final class Client extends Thread {
        private final URI uri;
        private final long measureFrom;
        private final long measureTo;
        private long[] latencies = new long[1 << 14];
        private int count;
        private long errors;

        Client(int index, URI uri, long measureFrom, long measureTo) {
            super("client-" + index);
            this.uri = uri;
            this.measureFrom = measureFrom;
            this.measureTo = measureTo;
        }

        @Override
        public void run() {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json")
                    .GET().build();
            while (true) {
                long start = System.nanoTime();
                if (start >= measureTo) {
                    return;
                }
                boolean ok;
                try {
                    HttpResponse<byte[]> response = http.send(request,
                            HttpResponse.BodyHandlers.ofByteArray());
                    ok = response.statusCode() < 400;
                } catch (Exception e) {
                    ok = false;
                }
                long end = System.nanoTime();
                if (end < measureFrom || end > measureTo) {
                    continue;
                }
                if (!ok) {
                    errors++;
                    continue;
                }
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = end - start;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        String url = null;
        int clients = 8;
        double warmup = 10;
        double duration = 20;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--url" -> url = value;
                case "--clients" -> clients = Integer.parseInt(value);
                case "--warmup" -> warmup = Double.parseDouble(value);
                case "--duration" -> duration = Double.parseDouble(value);
                default -> {
                    System.err.println("Unknown argument " + args[i]);
                    System.exit(2);
                }
            }
            i++;
        }
        if (url == null || clients < 1 || warmup < 0 || duration <= 0) {
            System.err.println("usage: java LoadGen.java --url URL [--clients N]"
                    + " [--warmup SECONDS] [--duration SECONDS]");
            System.exit(2);
        }

        long now = System.nanoTime();
        long measureFrom = now + (long) (warmup * 1e9);
        long measureTo = measureFrom + (long) (duration * 1e9);
        List<Client> all = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(i, URI.create(url), measureFrom, measureTo);
            all.add(client);
            client.start();
        }
        for (Client client : all) {
            client.join();
        }

        int total = all.stream().mapToInt(c -> c.count).sum();
        long errors = all.stream().mapToLong(c -> c.errors).sum();
        long[] merged = new long[total];
        int at = 0;
        for (Client client : all) {
            System.arraycopy(client.latencies, 0, merged, at, client.count);
            at += client.count;
        }
        Arrays.sort(merged);
        System.out.println(String.format(Locale.ROOT,
                "RESULT requests=%d errors=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f"
                        + " max_ms=%.3f",
                total, errors, duration, total / duration, percentileMs(merged, 50),
                percentileMs(merged, 99), total == 0 ? 0.0 : merged[total - 1] / 1e6));
    }

    /** Nearest-rank percentile of sorted nanosecond latencies, in milliseconds. */
    static double percentileMs(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
