package eu.euromedjustice.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.reference.Topic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meetings at production size, on the packaged application as it runs in production: how fast
 * it starts and how much memory it holds, how long filling it through its own API takes, and what
 * concurrent readers get from it. Not part of the normal suite: ./mvnw verify -Pbenchmark, with
 * -Dbenchmark.members, .meetings, .connections, .warmup and .seconds (defaults in pom.xml). It logs
 * its numbers and asserts only that every answer was the right one, never a time.
 */
@Tag("benchmark")
class MeetingsBenchmarkIT {

    private static final int MEMBERS = Integer.getInteger("benchmark.members", 2000);
    private static final int MEETINGS = Integer.getInteger("benchmark.meetings", 1000);
    private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 16);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 10));
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 20));
    private static final int PARTICIPANTS = 30;
    private static final int AGENDA_ITEMS = 10; // two speakers each, participants 1 to 20; participant 0 chairs
    private static final int LOADERS = 8;
    private static final int DEEP = 900;
    private static final String FIRST_PAGE = "/api/v1/meetings?limit=50";
    private static final String[] COUNTRIES = {"\"DZ\"", "\"EG\"", "\"IL\"", "\"JO\"", "\"LB\"", "\"LY\"", "\"MA\"",
        "\"PS\"", "\"TN\"", "null"}; // JSON values: some members give no country
    private static final String SUMMARY = "Practitioners of the South Partner Countries and EU agencies compared how "
            + "requests for mutual legal assistance are prepared, sent and executed, and agreed on the group's next steps.";
    // HTTP/1.1, so that every reader holds a connection of its own: the default, HTTP/2, may multiplex them over one
    private static final HttpClient READERS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> summary = new ArrayList<>();

    @Test
    void shouldStartLoadAndServeMeetingsAtProductionSize() throws Exception {
        int errors = 0;
        try (PackagedDatabase database = PackagedDatabase.fresh("benchmark");
                PackagedApp app = PackagedApp.on(database, "benchmark", Map.of())) {
            long started = System.nanoTime();
            app.start();
            awaitFirstAnswer(app);
            report("start to first answer            %8d ms", (System.nanoTime() - started) / 1_000_000);
            PackagedApp.sleep(2000); // what start-up leaves to background threads settles first
            report("resident memory idle after start %8d MB", residentMegabytes(app));

            List<String> meetings = load(app);

            String deep = FIRST_PAGE;
            int offset = 0;
            for (JsonNode page = expect(200, app.get(FIRST_PAGE, null)); offset < DEEP && page.hasNonNull("next"); offset += 50) {
                deep = FIRST_PAGE + "&cursor=" + URLEncoder.encode(page.get("next").asText(), StandardCharsets.UTF_8);
                page = expect(200, app.get(deep, null));
            }
            String deepPage = deep;
            errors += drive(app, "GET /api/v1/meetings/{random id}",
                    () -> "/api/v1/meetings/" + meetings.get(ThreadLocalRandom.current().nextInt(meetings.size())));
            errors += drive(app, "GET " + FIRST_PAGE + " (first page)", () -> FIRST_PAGE);
            errors += drive(app, "GET " + FIRST_PAGE + "&cursor= (items " + offset + "-" + (offset + 49) + ")", () -> deepPage);
            errors += drive(app, "GET /api/v1/calendar/meetings.ics", () -> "/api/v1/calendar/meetings.ics");
            report("resident memory after the run    %8d MB", residentMegabytes(app));
        } finally {
            summary.forEach(System.out::println);
        }
        assertThat(errors).as("answers other than 200").isZero();
    }

    /** The first answer of the API itself, as a client sees it, rather than of the health check. */
    private static void awaitFirstAnswer(PackagedApp app) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && app.awaitExit(Duration.ZERO) == null) {
            try {
                if (app.get("/api/v1/countries/MA", null).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            PackagedApp.sleep(10);
        }
        throw new AssertionError("the application did not answer:\n" + app.logTail());
    }

    private List<String> load(PackagedApp app) throws Exception {
        String token = app.adminToken();
        expect(201, app.send("POST", "/api/v1/expert-groups", token,
                "{\"code\": \"BENCH\", \"name\": {\"en\": \"Benchmark group\"}}", Map.of()));
        long started = System.nanoTime();
        String[] members = new String[MEMBERS];
        inParallel(MEMBERS, i -> members[i] = expect(201, app.send("POST", "/api/v1/members", token, """
                {"givenName": "Given%d", "familyName": "Family%d", "countryCode": %s, "expertise": ["%s"]}"""
                .formatted(i, i, COUNTRIES[i % COUNTRIES.length], Topic.values()[i % Topic.values().length]), Map.of()))
                .get("id").asText());
        long membersLoaded = System.nanoTime();
        report("load %6d members                 %8.1f s", MEMBERS, (membersLoaded - started) / 1e9);
        String[] meetings = new String[MEETINGS];
        inParallel(MEETINGS, i -> meetings[i] = loadMeeting(app, token, i, members));
        report("load %6d meetings (%d participants, %d agenda items each, %d requests) %8.1f s", MEETINGS, PARTICIPANTS,
                AGENDA_ITEMS, MEETINGS * (1 + PARTICIPANTS + AGENDA_ITEMS), (System.nanoTime() - membersLoaded) / 1e9);
        return List.of(meetings);
    }

    /** One meeting and its parts in order, since every write to a part locks the meeting. */
    private static String loadMeeting(PackagedApp app, String token, int number, String[] members) {
        Random random = new Random(number); // the same data set on every run
        LocalDate start = LocalDate.of(2010, 1, 1).plusDays(3L * number);
        String id = expect(201, app.send("POST", "/api/v1/meetings", token, """
                {"expertGroup": "BENCH", "title": {"en": "Benchmark meeting %d", "fr": "Réunion d'essai %d"},
                 "startDate": "%s", "endDate": "%s", "timeZone": "Europe/Brussels", "format": "IN_PERSON", "status": "HELD",
                 "city": "Brussels", "countryCode": "BE", "topics": ["%s"], "summary": {"en": "%s"}}"""
                .formatted(number, number, start, start.plusDays(1 + number % 2),
                        Topic.values()[number % Topic.values().length], SUMMARY), Map.of())).get("id").asText();
        List<String> participants = random.ints(0, members.length).distinct().limit(PARTICIPANTS)
                .mapToObj(i -> members[i]).toList();
        for (int p = 0; p < PARTICIPANTS; p++) {
            String role = p == 0 ? "CHAIR" : p <= 2 * AGENDA_ITEMS ? "SPEAKER" : "PARTICIPANT";
            expect(201, app.send("POST", "/api/v1/meetings/" + id + "/participants", token,
                    "{\"memberId\": \"" + participants.get(p) + "\", \"role\": \"" + role + "\", \"attendance\": \"ATTENDED\"}",
                    Map.of()));
        }
        for (int item = 0; item < AGENDA_ITEMS; item++) {
            LocalDate day = start.plusDays(item / 5);
            int hour = 9 + item % 5;
            expect(201, app.send("POST", "/api/v1/meetings/" + id + "/agenda-items", token, """
                    {"title": {"en": "Session %d"}, "type": "PLENARY", "startsAt": "%sT%02d:00:00", "endsAt": "%sT%02d:00:00",
                     "speakerIds": ["%s", "%s"]}""".formatted(item + 1, day, hour, day, hour + 1,
                    participants.get(1 + 2 * item), participants.get(2 + 2 * item)), Map.of()));
        }
        return id;
    }

    private static void inParallel(int count, IntConsumer task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(LOADERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                done.add(pool.submit(() -> task.accept(index)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * CONNECTIONS readers, each sending its next request once the last is answered; only the
     * requests sent after the warm-up count. Returns the number of failed requests.
     */
    private int drive(PackagedApp app, String label, Supplier<String> paths) throws Exception {
        long measuredFrom = System.nanoTime() + WARM_UP.toNanos();
        long until = measuredFrom + MEASURED.toNanos();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<List<Long>>> readers = new ArrayList<>();
        for (int reader = 0; reader < CONNECTIONS; reader++) {
            readers.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                for (long sent = System.nanoTime(); sent < until; sent = System.nanoTime()) {
                    HttpRequest request = HttpRequest.newBuilder(app.uri(paths.get())).timeout(Duration.ofSeconds(30)).build();
                    String error = null;
                    try {
                        HttpResponse<byte[]> response = READERS.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            error = response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
                        } else if (sent >= measuredFrom) {
                            latencies.add(System.nanoTime() - sent);
                            bytes.addAndGet(response.body().length);
                        }
                    } catch (IOException e) {
                        error = e.toString();
                    }
                    if (error != null) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, request.uri() + ": " + error);
                    }
                }
                return latencies;
            }));
        }
        pool.shutdown(); // the readers end by themselves at the deadline
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> reader : readers) {
            all.addAll(reader.get());
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        assertThat(sorted).as("answered requests of " + label + "; first error: " + firstError.get()).isNotEmpty();
        report("%-58s %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  %8d bytes  (%d requests, %d errors)", label,
                sorted.length / (MEASURED.toNanos() / 1e9), sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 99 / 100] / 1e6, bytes.get() / Math.max(1, sorted.length), sorted.length, errors.get());
        if (firstError.get() != null) {
            System.out.println("first error of " + label + ": " + firstError.get());
        }
        return errors.get();
    }

    /** The JSON body of a response with the expected status, or a failure that shows the answer. */
    private static JsonNode expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body())
                .isEqualTo(status);
        return PackagedApp.read(response.body());
    }

    private static long residentMegabytes(PackagedApp app) throws IOException {
        String line = Files.readAllLines(Path.of("/proc", Long.toString(app.pid()), "status")).stream()
                .filter(status -> status.startsWith("VmRSS:")).findFirst().orElseThrow();
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
    }

    /** Logs a result now and keeps it for the table at the end. */
    private void report(String format, Object... values) {
        String line = String.format(format, values);
        System.out.println(line);
        summary.add("BENCHMARK " + line);
    }
}
