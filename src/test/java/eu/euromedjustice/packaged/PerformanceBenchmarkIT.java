package eu.euromedjustice.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.reference.Topic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's goals, measured on the packaged application as it runs in production, each against a
 * yardstick on the same machine in the same run, so that the ratios hold on any machine:
 * <ul>
 * <li>start-up to the first answer and resident memory idle, against an empty Quarkus REST
 * application of the same Quarkus version (benchmark/empty-app, built here), started the same way;
 * <li>reads (a meeting by id, a list page first and deep, a fiche comparison, the calendar feed)
 * against nginx serving the identical bytes as static files, each server alone on one core and wrk
 * on the other;
 * <li>a conditional GET of a meeting that matches, against a country by primary key.
 * </ul>
 * The data go in through the API: members, meetings of 30 participants and 10 agenda items, and a
 * published fiche of one measure for every South Partner Country. Not part of the normal suite:
 * ./mvnw verify -Pbenchmark, with -Dbenchmark.members, .meetings, .connections, .warmup, .seconds
 * and .starts (defaults in pom.xml). It prints its numbers and the goals, and asserts only that every
 * answer was the right one, never a time.
 */
@Tag("benchmark")
class PerformanceBenchmarkIT {

    private static final int MEMBERS = Integer.getInteger("benchmark.members", 2000);
    private static final int MEETINGS = Integer.getInteger("benchmark.meetings", 1000);
    private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 32);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 10));
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 20));
    private static final int STARTS = Integer.getInteger("benchmark.starts", 3);
    private static final int PARTICIPANTS = 30;
    private static final int AGENDA_ITEMS = 10; // two speakers each, participants 1 to 20; participant 0 chairs
    private static final int LOADERS = 8;
    private static final int DEEP = 900;
    private static final String MEASURE = "A.11";
    private static final String FIRST_PAGE = "/api/v1/meetings?limit=50";
    private static final Path WORK = PackagedDatabase.WORK.resolve("benchmark");
    private static final String[] COUNTRIES = {"\"DZ\"", "\"EG\"", "\"IL\"", "\"JO\"", "\"LB\"", "\"LY\"", "\"MA\"",
        "\"PS\"", "\"TN\"", "null"}; // JSON values: some members give no country
    private static final String SUMMARY = "Practitioners of the South Partner Countries and EU agencies compared how "
            + "requests for mutual legal assistance are prepared, sent and executed, and agreed on the group's next steps.";

    /** A fiche's content with every field set, in the three languages where it has texts. */
    private static final String FICHE = """
            {"possibility": "YES",
             "possibilityNote": {"en": "For offences punishable by two years or more.", "fr": "Pour les infractions punies de deux ans ou plus.",
                                 "ar": "بالنسبة للجرائم المعاقب عليها بسنتين أو أكثر."},
             "legalFramework": [{"instrument": {"en": "Code of Criminal Procedure", "fr": "Code de procédure pénale"},
                                 "articles": "Articles 108 to 116"}],
             "receivingAuthority": {"text": {"en": "Ministry of Justice, Directorate of Criminal Affairs"}},
             "executingAuthority": {"text": {"fr": "Le juge d'instruction du lieu d'exécution"}},
             "acceptedLanguages": ["ar", "fr"], "languageNote": {"en": "Annexes may be in English."},
             "executionDeadline": "P30D", "deadlineNote": {"en": "Urgent requests within 48 hours."},
             "dualCriminality": "REQUIRED", "channels": ["CENTRAL_AUTHORITY", "DIRECT"],
             "urgentProcedure": {"en": "Send in advance by e-mail."},
             "specialRequirements": {"en": "Name the telephone number and the period."},
             "otherInformation": {"ar": "يرجى الاتصال بقاضي الاتصال أولا."},
             "sources": [{"title": {"en": "Reply to the CrimEx questionnaire"}, "url": "https://www.justice.example/q"}],
             "lastReviewedOn": "2026-01-15", "translationStatus": {"en": "ORIGINAL", "fr": "REVIEWED", "ar": "MACHINE"}}""";

    private final List<String> summary = new ArrayList<>();
    private long errors;

    @Test
    void shouldMeasureEveryGoalAgainstItsYardstick() throws Exception {
        LoadTools.install();
        try (PackagedDatabase database = PackagedDatabase.fresh("benchmark")) {
            Path emptyApp = LoadTools.buildEmptyApp();
            Start empty = starts(() -> PackagedApp.other(emptyApp, "empty-app"), "/hello");
            List<String> meetings;
            try (PackagedApp app = PackagedApp.on(database, "benchmark", Map.of())) {
                Start fresh = start(app, "/api/v1/countries/MA");
                report("first start on an empty database (migrations): first answer %d ms, resident %d MB",
                        fresh.millis(), fresh.megabytes());
                meetings = load(app);
            }
            Start service = starts(() -> PackagedApp.on(database, "benchmark", Map.of()), "/api/v1/countries/MA");
            report("start to the first answer: service %d ms, empty application %d ms (median of %d)", service.millis(),
                    empty.millis(), STARTS);
            goal("start-up", (double) service.millis() / empty.millis(), "x the empty application", 1.5, false);
            report("resident memory idle after start: service %d MB, empty application %d MB", service.megabytes(), empty.megabytes());
            goal("resident memory idle", (double) service.megabytes() / empty.megabytes(), "x the empty application", 1.5, false);
            try (PackagedApp app = PackagedApp.on(database, "benchmark", Map.of()).start();
                    LoadTools.Nginx nginx = new LoadTools.Nginx(WORK.resolve("nginx")).start()) {
                awaitFirstAnswer(app, "/api/v1/countries/MA");
                LoadTools.pinToServerCore(app.pid());
                measureReads(app, nginx, meetings);
                report("resident memory after the run: %d MB", residentMegabytes(app));
            }
            // what the framework alone answers on the same core: the ceiling of any answer of the service
            try (PackagedApp app = PackagedApp.other(emptyApp, "empty-app").start();
                    LoadTools.Nginx nginx = new LoadTools.Nginx(WORK.resolve("nginx-empty")).start()) {
                awaitFirstAnswer(app, "/hello");
                LoadTools.pinToServerCore(app.pid());
                Comparison hello = compare(app, nginx, "empty application: GET /hello (23 bytes)", List.of("/hello"), "txt");
                report("  the empty application answers %.1f%% of nginx", hello.ratio() * 100);
            }
        } finally {
            summary.forEach(System.out::println);
        }
        assertThat(errors).as("answers other than the expected ones (see the log above)").isZero();
    }

    private void measureReads(PackagedApp app, LoadTools.Nginx nginx, List<String> meetings) {
        List<String> paths = meetings.stream().map(id -> "/api/v1/meetings/" + id).toList();
        Comparison byId = compare(app, nginx, "GET /api/v1/meetings/{random of " + meetings.size() + "}", paths, "json");
        goal("meeting by id", byId.ratio(), " of nginx", 0.25, true);
        double pause = CONNECTIONS * 1000.0 / (byId.service().perSecond() / 2);
        Path lines = LoadTools.requestLines(WORK, "meetings-paced", paths);
        LoadTools.Load paced = LoadTools.wrk(app.uri(""), lines, CONNECTIONS, MEASURED, pause);
        errors += paced.errors();
        report("  paced at half that rate: %.0f req/s, p50 %.2f ms, p99 %.2f ms", paced.perSecond(), paced.p50Millis(),
                paced.p99Millis());
        goal("meeting by id at half the rate, p99", paced.p99Millis(), " ms", 10, false);

        String deep = FIRST_PAGE;
        int offset = 0;
        for (JsonNode page = expect(200, app.get(FIRST_PAGE, null)); offset < DEEP && page.hasNonNull("next"); offset += 50) {
            deep = FIRST_PAGE + "&cursor=" + URLEncoder.encode(page.get("next").asText(), StandardCharsets.UTF_8);
            page = expect(200, app.get(deep, null));
        }
        Comparison first = compare(app, nginx, "GET " + FIRST_PAGE + " (first page)", List.of(FIRST_PAGE), "json");
        goal("first page of 50 meetings", first.ratio(), " of nginx", 0.15, true);
        Comparison deepPage = compare(app, nginx, "the same at items " + offset + "-" + (offset + 49), List.of(deep), "json");
        goal("page " + offset + " items deep", deepPage.ratio(), " of nginx", 0.15, true);
        goal("deep page's time per answer", first.service().perSecond() / deepPage.service().perSecond(), "x the first page's",
                1.2, false);

        Comparison compare = compare(app, nginx, "GET /api/v1/fiches/compare?measure=" + MEASURE + " (every SPC)",
                List.of("/api/v1/fiches/compare?measure=" + MEASURE), "json");
        goal("fiche comparison", compare.ratio(), " of nginx", 0.10, true);
        Comparison calendar = compare(app, nginx, "GET /api/v1/calendar/meetings.ics", List.of("/api/v1/calendar/meetings.ics"), "ics");
        goal("calendar feed", calendar.ratio(), " of nginx", 0.10, true);

        List<String> conditional = new ArrayList<>();
        for (String path : paths) {
            conditional.add(path + "\t" + app.get(path, null).headers().firstValue("ETag").orElseThrow());
        }
        LoadTools.Load notModified = drive(app, "GET /api/v1/meetings/{random} with its ETag (304)", conditional);
        LoadTools.Load primaryKey = drive(app, "GET /api/v1/countries/MA (a primary-key read, 139 bytes)",
                List.of("/api/v1/countries/MA"));
        goal("matching conditional GET's cost", primaryKey.perSecond() / notModified.perSecond(), "x a primary-key read", 1.0, false);
    }

    /** What the service and nginx each answered for the same requests and bytes. */
    private record Comparison(LoadTools.Load service, LoadTools.Load nginx) {

        double ratio() {
            return service.perSecond() / nginx.perSecond();
        }
    }

    /**
     * The requests against the service, then nginx with the bytes the service answered to each,
     * each after its own warm-up.
     */
    private Comparison compare(PackagedApp app, LoadTools.Nginx nginx, String label, List<String> paths, String extension) {
        List<String> files = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> response = app.get(path, null);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            files.add(nginx.serve(response.body().getBytes(StandardCharsets.UTF_8), extension));
        }
        LoadTools.Load service = drive(app, label, paths);
        Path lines = LoadTools.requestLines(WORK, "nginx", files);
        LoadTools.wrk(nginx.base(), lines, CONNECTIONS, WARM_UP, 0);
        LoadTools.Load yardstick = LoadTools.wrk(nginx.base(), lines, CONNECTIONS, MEASURED, 0);
        errors += yardstick.errors();
        report("  nginx, the same bytes: %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  %8d bytes", yardstick.perSecond(),
                yardstick.p50Millis(), yardstick.p99Millis(), yardstick.bytesPerAnswer());
        return new Comparison(service, yardstick);
    }

    /** wrk against the service: a warm-up, then the measured run. */
    private LoadTools.Load drive(PackagedApp app, String label, List<String> lines) {
        Path file = LoadTools.requestLines(WORK, "service", lines);
        LoadTools.wrk(app.uri(""), file, CONNECTIONS, WARM_UP, 0);
        LoadTools.Load load = LoadTools.wrk(app.uri(""), file, CONNECTIONS, MEASURED, 0);
        errors += load.errors();
        report("%-62s %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  %8d bytes  (%d errors)", label, load.perSecond(), load.p50Millis(),
                load.p99Millis(), load.bytesPerAnswer(), load.errors());
        return load;
    }

    /** Time from process start to the first answer, and resident memory 2 s later. */
    private record Start(long millis, long megabytes) {
    }

    /** The median of STARTS starts, each a fresh process stopped after its measurement. */
    private static Start starts(Supplier<PackagedApp> apps, String path) throws IOException {
        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            try (PackagedApp app = apps.get()) {
                starts.add(start(app, path));
            }
        }
        long[] millis = starts.stream().mapToLong(Start::millis).sorted().toArray();
        long[] megabytes = starts.stream().mapToLong(Start::megabytes).sorted().toArray();
        return new Start(millis[millis.length / 2], megabytes[megabytes.length / 2]);
    }

    private static Start start(PackagedApp app, String path) throws IOException {
        long started = System.nanoTime();
        app.start();
        awaitFirstAnswer(app, path);
        long millis = (System.nanoTime() - started) / 1_000_000;
        PackagedApp.sleep(2000); // what start-up leaves to background threads settles first
        return new Start(millis, residentMegabytes(app));
    }

    private void goal(String what, double measured, String unit, double goal, boolean atLeast) {
        boolean met = atLeast ? measured >= goal : measured <= goal;
        boolean percent = unit.startsWith(" of");
        report("GOAL %-40s %8s%s, goal %s %s: %s", what, percent ? String.format("%.1f%%", measured * 100) : String.format("%.2f", measured),
                unit, atLeast ? "at least" : "at most", percent ? String.format("%.0f%%", goal * 100) : String.format("%.2f", goal),
                met ? "met" : "NOT MET");
    }

    /** The first answer of the API itself, as a client sees it, rather than of the health check. */
    private static void awaitFirstAnswer(PackagedApp app, String path) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && app.awaitExit(Duration.ZERO) == null) {
            try {
                if (app.get(path, null).statusCode() == 200) {
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
        publishFiches(app, token);
        return List.of(meetings);
    }

    /** A fiche of MEASURE for every South Partner Country, drafted, submitted and published. */
    private static void publishFiches(PackagedApp app, String token) {
        for (JsonNode country : expect(200, app.get("/api/v1/countries?region=SPC&limit=100", null)).get("items")) {
            String fiche = "/api/v1/fiches/" + country.get("code").asText() + "/" + MEASURE + "/draft";
            expect(201, app.send("PUT", fiche, token, "{\"content\": " + FICHE + ", \"changeSummary\": {\"en\": \"First edition\"}}",
                    Map.of()));
            expect(200, app.send("POST", fiche + "/submit", token, null, Map.of()));
            expect(200, app.send("POST", fiche + "/publish", token, null, Map.of()));
        }
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
