import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends applications through {@code POST /api/v1/forms/{id}/submissions} as fast as a closed loop
 * of {@code concurrency} clients can: signed in once as a citizen (a session cookie, as an app
 * would hold it), each request with a fresh Idempotency-Key, so every 201 is one more application
 * committed to the database. Prints the same {@code RESULT} line as {@code LoadDriver}.
 *
 * <pre>
 * java bench/SubmissionDriver.java --url http://127.0.0.1:18080 --form fundsache-melden \
 *      --body bench/submission-body.json --email buerger@musterstadt.example --password Rathaus-Demo-2026 \
 *      [--concurrency 8] [--warmup 5] [--duration 20] [--label submissions]
 * </pre>
 */
public class SubmissionDriver {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern FORM =
            Pattern.compile("\\{[^{}]*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"[^{}]*\"key\"\\s*:\\s*\"([^\"]+)\"");

    record Tally(long[] latenciesNanos, int count, long errors) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(options.get("url"));
        if (!"127.0.0.1".equals(base.getHost()) || !"http".equals(base.getScheme())) {
            throw new IllegalArgumentException("Only http://127.0.0.1:PORT is allowed, got " + base);
        }
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "8"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "5")));
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "20")));
        String label = options.getOrDefault("label", "submissions");
        byte[] body = Files.readAllBytes(Path.of(options.get("body")));

        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String session = signIn(client, base, options.get("email"), options.get("password"));
        URI submissions = base.resolve("/api/v1/forms/" + formId(client, base, options.get("form")) + "/submissions");

        HttpResponse<String> probe = client.send(post(submissions, session, body), HttpResponse.BodyHandlers.ofString());
        if (probe.statusCode() != 201) {
            throw new IllegalStateException(submissions + " answered " + probe.statusCode() + ": " + probe.body());
        }
        System.out.printf(
                Locale.ROOT,
                "%s: POST %s answers 201 (%s); %d clients, %d s warm-up, %d s measured%n",
                label,
                submissions.getPath(),
                probe.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "reference $1"),
                concurrency,
                warmup.toSeconds(),
                duration.toSeconds());

        run(client, submissions, session, body, concurrency, warmup);
        long started = System.nanoTime();
        List<Tally> tallies = run(client, submissions, session, body, concurrency, duration);
        report(label, tallies, (System.nanoTime() - started) / 1e9);
    }

    private static HttpRequest post(URI submissions, String session, byte[] body) {
        return HttpRequest.newBuilder(submissions)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Cookie", session)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    /** Signs in with the login form as a browser would and returns the session cookie. */
    private static String signIn(HttpClient client, URI base, String email, String password) throws Exception {
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(base.resolve("/anmelden")).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on /anmelden");
        }
        String cookies = cookies(page);
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(base.resolve("/anmelden"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookies)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String session = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("RATHAUS_SESSION="))
                .map(cookie -> cookie.split(";", 2)[0])
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Sign-in as " + email + " failed: " + signedIn.statusCode() + " " + signedIn.headers()));
        return session;
    }

    private static String cookies(HttpResponse<?> response) {
        return String.join(
                "; ",
                response.headers().allValues("Set-Cookie").stream()
                        .map(cookie -> cookie.split(";", 2)[0])
                        .toList());
    }

    private static String formId(HttpClient client, URI base, String key) throws Exception {
        String forms = client.send(
                        HttpRequest.newBuilder(base.resolve("/api/v1/forms")).GET().build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher form = FORM.matcher(forms);
        while (form.find()) {
            if (form.group(2).equals(key)) {
                return form.group(1);
            }
        }
        throw new IllegalStateException("No published form " + key + " in " + forms);
    }

    private static List<Tally> run(
            HttpClient client, URI submissions, String session, byte[] body, int concurrency, Duration duration)
            throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        var futures = new ArrayList<Future<Tally>>();
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                futures.add(workers.submit(() -> work(client, submissions, session, body, deadline)));
            }
        }
        var tallies = new ArrayList<Tally>();
        for (var future : futures) {
            tallies.add(future.get());
        }
        return tallies;
    }

    private static Tally work(HttpClient client, URI submissions, String session, byte[] body, long deadline)
            throws InterruptedException {
        long[] latencies = new long[1 << 12];
        int count = 0;
        long errors = 0;
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            boolean ok;
            try {
                ok = client.send(post(submissions, session, body), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 201;
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
                "%s: %d stored, %d errors in %.1f s = %.0f submissions/s; latency p50 %.2f ms, p99 %.2f ms%n",
                label,
                total,
                errors,
                seconds,
                throughput,
                millis(all, 0.50),
                millis(all, 0.99));
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

    private static Map<String, String> options(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + Arrays.toString(args));
            }
            values.put(args[i].substring(2), args[++i]);
        }
        for (String required : List.of("url", "form", "body", "email", "password")) {
            if (!values.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + " is required");
            }
        }
        return values;
    }
}
