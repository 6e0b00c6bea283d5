package eu.euromedjustice.packaged;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answered write is durable: the packaged application, under concurrent creates, changes and
 * deletes of organisations, creates of members with memberships added to them, of meetings and
 * roadmaps with agenda items and milestones added to them, and of measures whose fiches get revisions
 * published, is killed with SIGKILL, started again, and every write it had
 * acknowledged (201, 200, 204) is checked. A write in flight at the kill may have happened or
 * not; an acknowledged one must be there. Runs on the database of the build, H2 or PostgreSQL;
 * cycles with -Dcrash.cycles (3 by default).
 */
class CrashIT {

    private static final int WRITERS = 6;
    private static final Duration WRITING = Duration.ofSeconds(4);
    private static final String GROUP = "CRASHTEST";
    private static final String FICHE_COUNTRY = "MA";

    /** What the service last acknowledged for an organisation, and what a request in flight may have changed. */
    private record Expected(boolean exists, String website, String pendingWebsite, boolean pendingDelete) {
    }

    /** Parts of a record (a member's memberships, a meeting's agenda items) acknowledged, and sent without an answer yet. */
    private record Parts(int acknowledged, int sent) {
    }

    private final Map<String, Expected> expected = new ConcurrentHashMap<>();
    private final Map<String, Parts> members = new ConcurrentHashMap<>();
    /** A record whose parts keep dense positions, each new one put first: a meeting's agenda, a roadmap's milestones. */
    private record Ordered(String name, String collection, String partsName, String partsField, String partBody,
            Map<String, Parts> written) {

        String body(String name) {
            return this.name.equals("meeting")
                    ? "{\"expertGroup\": \"" + GROUP + "\", \"title\": {\"en\": \"Crash test " + name + "\"}, \"startDate\": "
                            + "\"2017-05-08\", \"endDate\": \"2017-05-11\", \"timeZone\": \"Europe/Brussels\", \"format\": \"ONLINE\"}"
                    : "{\"expertGroup\": \"" + GROUP + "\", \"topic\": \"OTHER\", \"title\": {\"en\": \"Crash test " + name
                            + "\"}, \"status\": \"ADOPTED\"}";
        }
    }

    private final Ordered meetings = new Ordered("meeting", "/api/v1/meetings", "agenda-items", "agendaItems",
            "{\"title\": {\"en\": \"Item\"}, \"type\": \"PLENARY\", \"position\": 1}", new ConcurrentHashMap<>());
    private final Ordered roadmaps = new Ordered("roadmap", "/api/v1/roadmaps", "milestones", "milestones",
            "{\"title\": {\"en\": \"Milestone\"}, \"position\": 1}", new ConcurrentHashMap<>());
    /** By measure code: the revisions of its fiche of FICHE_COUNTRY. */
    private final Map<String, Parts> fiches = new ConcurrentHashMap<>();
    private final AtomicInteger measureCodes = new AtomicInteger();
    private final AtomicInteger days = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();

    @Test
    void shouldKeepEveryAcknowledgedWriteThroughKillsOfTheProcess() throws Exception {
        int cycles = Integer.getInteger("crash.cycles", 3);
        try (PackagedDatabase database = PackagedDatabase.fresh("crash")) {
            for (int cycle = 1; cycle <= cycles; cycle++) {
                try (PackagedApp app = PackagedApp.on(database, "crash-" + cycle, Map.of()).startReady()) {
                    verify(app, cycle);
                    write(app);
                    app.kill();
                }
            }
            try (PackagedApp app = PackagedApp.on(database, "crash-final", Map.of()).startReady()) {
                verify(app, cycles + 1);
            }
        }
        assertThat(acknowledged.get()).as("acknowledged writes").isGreaterThan(100);
        int memberships = members.values().stream().mapToInt(Parts::acknowledged).sum();
        int agendaItems = meetings.written().values().stream().mapToInt(Parts::acknowledged).sum();
        int milestones = roadmaps.written().values().stream().mapToInt(Parts::acknowledged).sum();
        int revisions = fiches.values().stream().mapToInt(Parts::acknowledged).sum();
        assertThat(memberships).as("acknowledged memberships").isGreaterThan(10);
        assertThat(agendaItems).as("acknowledged agenda items").isGreaterThan(10);
        assertThat(milestones).as("acknowledged milestones").isGreaterThan(10);
        assertThat(revisions).as("acknowledged fiche revisions").isGreaterThan(10);
        System.out.printf("CRASH TEST: %d acknowledged writes (%d members, %d memberships, %d meetings, %d agenda items, %d roadmaps, "
                + "%d milestones, %d measures, %d fiche revisions among them) over %d kills, none lost%n", acknowledged.get(),
                members.size(), memberships, meetings.written().size(), agendaItems, roadmaps.written().size(), milestones,
                fiches.size(), revisions, cycles);
    }

    /** Writers run until the kill, which ends them with connection errors. */
    private void write(PackagedApp app) throws Exception {
        String token = app.adminToken();
        AtomicBoolean killed = new AtomicBoolean();
        HttpResponse<String> group = app.send("POST", "/api/v1/expert-groups", token,
                "{\"code\": \"" + GROUP + "\", \"name\": {\"en\": \"Crash test group\"}}", Map.of());
        assertThat(group.statusCode()).as(group.body()).isIn(201, 409); // 409: made in an earlier cycle
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int number = writer;
            running.add(writers.submit(() -> writeUntilKilled(app, token, number, killed)));
        }
        Thread.sleep(WRITING.toMillis());
        killed.set(true);
        app.kill();
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<?> future : running) {
            future.get();
        }
    }

    private void writeUntilKilled(PackagedApp app, String token, int writer, AtomicBoolean killed) {
        List<String> mine = new ArrayList<>();
        List<String> myMembers = new ArrayList<>();
        List<String> myMeetings = new ArrayList<>();
        List<String> myRoadmaps = new ArrayList<>();
        List<String> myMeasures = new ArrayList<>();
        int counter = 0;
        try {
            while (true) {
                double dice = ThreadLocalRandom.current().nextDouble();
                counter++;
                if (dice < 0.12) {
                    writeMember(app, token, writer + "-" + counter, myMembers);
                } else if (dice < 0.24) {
                    writeOrdered(app, token, meetings, writer + "-" + counter, myMeetings);
                } else if (dice < 0.36) {
                    writeOrdered(app, token, roadmaps, writer + "-" + counter, myRoadmaps);
                } else if (dice < 0.48) {
                    writeFiche(app, token, myMeasures);
                } else if (mine.size() < 3 || dice < 0.6) {
                    String website = "https://w" + writer + "-" + counter + ".example.org";
                    HttpResponse<String> created = app.send("POST", "/api/v1/organisations", token,
                            "{\"name\": {\"en\": \"Crash test " + writer + "-" + counter + "\"}, \"type\": \"OTHER\", \"website\": \""
                                    + website + "\"}", Map.of());
                    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                    String id = PackagedApp.read(created.body()).get("id").asText();
                    expected.put(id, new Expected(true, website, null, false));
                    mine.add(id);
                } else if (dice < 0.9) {
                    String id = mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
                    String website = "https://w" + writer + "-" + counter + ".example.org";
                    Expected before = expected.get(id);
                    expected.put(id, new Expected(true, before.website(), website, false));
                    HttpResponse<String> changed = app.send("PATCH", "/api/v1/organisations/" + id, token,
                            "{\"website\": \"" + website + "\"}", Map.of("If-Match", "*"));
                    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
                    expected.put(id, new Expected(true, website, null, false));
                } else {
                    String id = mine.remove(ThreadLocalRandom.current().nextInt(mine.size()));
                    Expected before = expected.get(id);
                    expected.put(id, new Expected(true, before.website(), null, true));
                    HttpResponse<String> deleted = app.send("DELETE", "/api/v1/organisations/" + id, token, null, Map.of());
                    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
                    expected.put(id, new Expected(false, null, null, false));
                }
                acknowledged.incrementAndGet();
            }
        } catch (UncheckedIOException e) {
            if (!killed.get()) {
                throw e; // a failure before the kill is a failure
            }
        }
    }

    /** Creates a member, or adds a membership of one day, a new day each time, to one of the writer's members. */
    private void writeMember(PackagedApp app, String token, String name, List<String> myMembers) {
        if (myMembers.isEmpty() || ThreadLocalRandom.current().nextBoolean()) {
            HttpResponse<String> created = app.send("POST", "/api/v1/members", token,
                    "{\"givenName\": \"Crash\", \"familyName\": \"Test " + name + "\"}", Map.of());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = PackagedApp.read(created.body()).get("id").asText();
            members.put(id, new Parts(0, 0));
            myMembers.add(id);
            return;
        }
        String id = myMembers.get(ThreadLocalRandom.current().nextInt(myMembers.size()));
        Parts before = members.get(id);
        members.put(id, new Parts(before.acknowledged(), before.acknowledged() + 1));
        String day = LocalDate.of(2000, 1, 1).plusDays(days.getAndIncrement()).toString();
        HttpResponse<String> added = app.send("POST", "/api/v1/members/" + id + "/memberships", token,
                "{\"expertGroup\": \"" + GROUP + "\", \"role\": \"MEMBER\", \"startDate\": \"" + day
                        + "\", \"endDate\": \"" + day + "\"}", Map.of());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        members.put(id, new Parts(before.acknowledged() + 1, before.acknowledged() + 1));
    }

    /** Creates a record of the kind, or adds a part to one of the writer's records of it. */
    private void writeOrdered(PackagedApp app, String token, Ordered kind, String name, List<String> mine) {
        if (mine.isEmpty() || ThreadLocalRandom.current().nextBoolean()) {
            HttpResponse<String> created = app.send("POST", kind.collection(), token, kind.body(name), Map.of());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = PackagedApp.read(created.body()).get("id").asText();
            kind.written().put(id, new Parts(0, 0));
            mine.add(id);
            return;
        }
        String id = mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
        Parts before = kind.written().get(id);
        kind.written().put(id, new Parts(before.acknowledged(), before.acknowledged() + 1));
        HttpResponse<String> added = app.send("POST", kind.collection() + "/" + id + "/" + kind.partsName(), token, kind.partBody(),
                Map.of());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        kind.written().put(id, new Parts(before.acknowledged() + 1, before.acknowledged() + 1));
    }

    /** Creates a measure, or publishes the next revision of its fiche (draft, submit, publish) for one of the writer's measures. */
    private void writeFiche(PackagedApp app, String token, List<String> myMeasures) {
        if (myMeasures.isEmpty() || ThreadLocalRandom.current().nextInt(4) == 0) {
            int number = measureCodes.incrementAndGet();
            String code = "Y." + (number / 1000 + 1) + "." + (number % 1000);
            HttpResponse<String> created = app.send("POST", "/api/v1/measures", token, "{\"code\": \"" + code
                    + "\", \"theme\": \"DOCUMENTS\", \"title\": {\"en\": \"Crash test " + code + "\"}}", Map.of());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            fiches.put(code, new Parts(0, 0));
            myMeasures.add(code);
            return;
        }
        String code = myMeasures.get(ThreadLocalRandom.current().nextInt(myMeasures.size()));
        String draft = "/api/v1/fiches/" + FICHE_COUNTRY + "/" + code + "/draft";
        Parts before = fiches.get(code);
        HttpResponse<String> drafted = app.send("PUT", draft, token, "{\"content\": {\"possibility\": \""
                + (before.acknowledged() % 2 == 0 ? "YES" : "NO") + "\", \"dualCriminality\": \"UNKNOWN\"}}", Map.of());
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        HttpResponse<String> submitted = app.send("POST", draft + "/submit", token, null, Map.of());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        fiches.put(code, new Parts(before.acknowledged(), before.acknowledged() + 1));
        HttpResponse<String> published = app.send("POST", draft + "/publish", token, null, Map.of());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        fiches.put(code, new Parts(before.acknowledged() + 1, before.acknowledged() + 1));
    }

    private void verify(PackagedApp app, int start) {
        String token = app.adminToken();
        List<String> lost = new ArrayList<>();
        members.forEach((id, state) -> {
            HttpResponse<String> response = app.get("/api/v1/members/" + id, token);
            if (response.statusCode() != 200) {
                lost.add("member " + id + " was created, and answers " + response.statusCode());
                return;
            }
            int found = PackagedApp.read(response.body()).path("memberships").size();
            if (found < state.acknowledged() || found > state.sent()) {
                lost.add("member " + id + " has " + found + " memberships instead of " + state.acknowledged());
            }
            members.put(id, new Parts(found, found));
        });
        verifyOrdered(app, token, meetings, lost);
        verifyOrdered(app, token, roadmaps, lost);
        verifyFiches(app, token, lost);
        expected.forEach((id, state) -> {
            HttpResponse<String> response = app.get("/api/v1/organisations/" + id, token);
            if (response.statusCode() == 404) {
                if (state.exists() && !state.pendingDelete()) {
                    lost.add(id + " was created or changed, and is gone");
                }
                expected.put(id, new Expected(false, null, null, false));
                return;
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode found = PackagedApp.read(response.body());
            String website = found.path("website").asText(null);
            if (!state.exists()) {
                lost.add(id + " was deleted, and is back");
            } else if (!website.equals(state.website()) && !website.equals(state.pendingWebsite())) {
                lost.add(id + " has website " + website + " instead of " + state.website());
            }
            expected.put(id, new Expected(true, website, null, false));
        });
        assertThat(lost).as("acknowledged writes lost by the kill before start " + start).isEmpty();
    }

    /** Every measure is there, and its fiche has its acknowledged revisions (one more if one was in flight), numbered 1 to n. */
    private void verifyFiches(PackagedApp app, String token, List<String> lost) {
        fiches.forEach((code, state) -> {
            HttpResponse<String> measure = app.get("/api/v1/measures/" + code, token);
            if (measure.statusCode() != 200) {
                lost.add("measure " + code + " was created, and answers " + measure.statusCode());
                return;
            }
            HttpResponse<String> response = app.get("/api/v1/fiches/" + FICHE_COUNTRY + "/" + code + "/revisions?limit=100", token);
            if (response.statusCode() != 200 && response.statusCode() != 404) { // 404: nothing published yet
                lost.add("fiche " + code + " answers " + response.statusCode());
                return;
            }
            JsonNode revisions = response.statusCode() == 404 ? PackagedApp.read("[]") : PackagedApp.read(response.body()).path("items");
            int found = revisions.size();
            if (found < state.acknowledged() || found > state.sent()) {
                lost.add("fiche " + code + " has " + found + " revisions instead of " + state.acknowledged());
            }
            for (int number = 1; number <= found; number++) {
                if (revisions.get(number - 1).path("number").asInt() != number) {
                    lost.add("fiche " + code + " has revisions " + revisions.findValuesAsText("number"));
                    break;
                }
            }
            fiches.put(code, new Parts(found, found));
        });
    }

    /** Every record of the kind is there with its acknowledged parts (one more if one was in flight), in positions 1 to n. */
    private void verifyOrdered(PackagedApp app, String token, Ordered kind, List<String> lost) {
        kind.written().forEach((id, state) -> {
            HttpResponse<String> response = app.get(kind.collection() + "/" + id, token);
            if (response.statusCode() != 200) {
                lost.add(kind.name() + " " + id + " was created, and answers " + response.statusCode());
                return;
            }
            JsonNode parts = PackagedApp.read(response.body()).path(kind.partsField());
            int found = parts.size();
            if (found < state.acknowledged() || found > state.sent()) {
                lost.add(kind.name() + " " + id + " has " + found + " " + kind.partsName() + " instead of " + state.acknowledged());
            }
            for (int position = 1; position <= found; position++) {
                if (parts.get(position - 1).path("position").asInt() != position) {
                    lost.add(kind.name() + " " + id + " has positions " + parts.findValuesAsText("position"));
                    break;
                }
            }
            kind.written().put(id, new Parts(found, found));
        });
    }
}
