import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop HTTP load driver for the Rathaus benchmarks: {@code concurrency} virtual
 * threads each send one GET after another over kept-alive connections, first for a warm-up period
 * (not counted), then until either {@code requests} requests are done or {@code duration} has
 * passed. It prints throughput and latency percentiles, and one {@code RESULT} line for scripts.
 * With {@code --paths FILE} (one path and query per line, resolved against {@code --url}) each
 * worker goes round those addresses, starting at its own place in the list.
 *
 * <p>It only talks to 127.0.0.1: it is a measuring tool for this machine, not a way to load
 * someone else's server.
 *
 * <pre>
 * java bench/LoadDriver.java --url http://127.0.0.1:8080/ --label rathaus \
 *      [--host musterdorf.localhost] [--concurrency 32] [--warmup 5] [--duration 20] [--requests 500000]
 *      [--paths bench/search-queries.txt]
 * </pre>
 */
public class LoadDriver {

    record Options(
            List<URI> urls,
            String label,
            String host,
            int concurrency,
            Duration warmup,
            Duration duration,
            long requests) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 == args.length) {
                    throw new IllegalArgumentException("Expected --name value pairs, got " + Arrays.toString(args));
                }
                values.put(args[i].substring(2), args[++i]);
            }
            URI url = URI.create(required(values, "url"));
            if (!"127.0.0.1".equals(url.getHost()) || !"http".equals(url.getScheme())) {
                throw new IllegalArgumentException("Only http://127.0.0.1:PORT/... is allowed, got " + url);
            }
            int concurrency = Integer.parseInt(values.getOrDefault("concurrency", "32"));
            long requests = Long.parseLong(values.getOrDefault("requests", "500000"));
            long duration = Long.parseLong(values.getOrDefault("duration", "20"));
            if (concurrency < 1
                    || concurrency > 1024
                    || requests < 1
                    || requests > 10_000_000
                    || duration < 1
                    || duration > 600) {
                throw new IllegalArgumentException(
                        "Bounds: 1..1024 concurrency, 1..10,000,000 requests, 1..600 s duration");
            }
            List<URI> urls = List.of(url);
            if (values.containsKey("paths")) {
                urls = lines(Path.of(values.get("paths"))).stream()
                        .map(url::resolve)
                        .toList();
            }
            return new Options(
                    urls,
                    values.getOrDefault("label", url.toString()),
                    values.getOrDefault("host", ""),
                    concurrency,
                    Duration.ofSeconds(Long.parseLong(values.getOrDefault("warmup", "5"))),
                    Duration.ofSeconds(duration),
                    requests);
        }

        private static List<String> lines(Path file) {
            try {
                List<String> lines = Files.readAllLines(file).stream()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .toList();
                if (lines.isEmpty()) {
                    throw new IllegalArgumentException(file + " has no paths");
                }
                return lines;
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read " + file, e);
            }
        }

        private static String required(Map<String, String> values, String name) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value;
        }
    }

    /** What one worker saw while measuring. */
    record Tally(long[] latenciesNanos, int count, long errors) {}

    public static void main(String[] args) throws Exception {
        // a tenant is chosen by its host name, so the driver must be allowed to set it
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        Options options = Options.parse(args);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        List<HttpRequest> requests =
                options.urls().stream().map(url -> request(options, url)).toList();

        long characters = 0;
        for (HttpRequest request : requests) {
            HttpResponse<String> probe = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (probe.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + probe.statusCode());
            }
            characters += probe.body().length();
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %s%s answer 200 with %d characters on average; %d workers, %d s warm-up, up to %d s or %d requests%n",
                options.label(),
                options.urls().getFirst(),
                requests.size() > 1 ? " and " + (requests.size() - 1) + " more" : "",
                characters / requests.size(),
                options.concurrency(),
                options.warmup().toSeconds(),
                options.duration().toSeconds(),
                options.requests());

        run(client, requests, options.concurrency(), options.warmup(), Long.MAX_VALUE);
        long started = System.nanoTime();
        List<Tally> tallies = run(client, requests, options.concurrency(), options.duration(), options.requests());
        double seconds = (System.nanoTime() - started) / 1e9;
        report(options.label(), tallies, seconds);
    }

    private static HttpRequest request(Options options, URI url) {
        var builder = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html, application/json;q=0.9")
                .GET();
        if (!options.host().isEmpty()) {
            builder.header("Host", options.host());
        }
        return builder.build();
    }

    /** Runs the workers until the time is up or the shared request budget is spent. */
    private static List<Tally> run(
            HttpClient client, List<HttpRequest> requests, int concurrency, Duration duration, long budget)
            throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong remaining = new AtomicLong(budget);
        var futures = new ArrayList<Future<Tally>>();
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                int first = i;
                futures.add(workers.submit(() -> work(client, requests, first, deadline, remaining)));
            }
        }
        var tallies = new ArrayList<Tally>();
        for (var future : futures) {
            tallies.add(future.get());
        }
        return tallies;
    }

    private static Tally work(
            HttpClient client, List<HttpRequest> requests, int first, long deadline, AtomicLong remaining)
            throws InterruptedException {
        int next = first;
        long[] latencies = new long[1 << 14];
        int count = 0;
        long errors = 0;
        while (System.nanoTime() < deadline && remaining.getAndDecrement() > 0) {
            HttpRequest request = requests.get(next++ % requests.size());
            long start = System.nanoTime();
            boolean ok;
            try {
                ok = client.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                ok = false;
            }
            long latency = System.nanoTime() - start;
            if (!ok) {
                errors++;
                continue;
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[count++] = latency;
        }
        return new Tally(latencies, count, errors);
    }

    private static void report(String label, List<Tally> tallies, double seconds) {
        int total = tallies.stream().mapToInt(Tally::count).sum();
        long errors = tallies.stream().mapToLong(Tally::errors).sum();
        long[] all = new long[total];
        int offset = 0;
        for (Tally tally : tallies) {
            System.arraycopy(tally.latenciesNanos(), 0, all, offset, tally.count());
            offset += tally.count();
        }
        Arrays.sort(all);
        double throughput = total / seconds;
        System.out.printf(
                Locale.ROOT,
                "%s: %d ok, %d errors in %.1f s = %.0f req/s; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms,"
                        + " max %.2f ms%n",
                label,
                total,
                errors,
                seconds,
                throughput,
                millis(all, 0.50),
                millis(all, 0.90),
                millis(all, 0.99),
                millis(all, 1.0));
        System.out.printf(
                Locale.ROOT,
                "RESULT label=%s requests=%d errors=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f%n",
                label,
                total,
                errors,
                throughput,
                millis(all, 0.50),
                millis(all, 0.99));
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
