package eu.euromedjustice.packaged;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The change feed with two instances on one PostgreSQL: a write on one instance that started
 * first but commits last must not be skipped by a reader who saw a later write of the other.
 */
class FeedOrderIT {

    private static final String HELD_REQUEST = "feed-order-held";

    @Test
    void shouldNotSkipAChangeThatAnotherInstanceCommitsLate() throws Exception {
        assumeTrue(PackagedDatabase.postgresql(), "two instances need PostgreSQL");
        try (PackagedDatabase database = PackagedDatabase.fresh("feed");
                PackagedApp first = PackagedApp.on(database, "feed-first", Map.of()).startReady();
                PackagedApp second = PackagedApp.on(database, "feed-second", Map.of()).startReady();
                Connection test = database.connect();
                Statement sql = test.createStatement()) {
            // the held request's transaction has written its organisation and waits, before it is numbered,
            // for a lock this test holds
            sql.execute("create function hold_write() returns trigger language plpgsql as "
                    + "$$ begin perform pg_advisory_xact_lock_shared(4242); return new; end $$");
            sql.execute("create trigger hold_write before insert on audit_event for each row when (new.request_id = '"
                    + HELD_REQUEST + "') execute function hold_write()");
            sql.execute("select pg_advisory_lock(4242)");
            String firstToken = first.adminToken();
            String secondToken = second.adminToken();
            long start = read(second, secondToken, 0).next;

            CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> first.send("POST",
                    "/api/v1/organisations", firstToken, organisation("HELD"), Map.of("X-Request-Id", HELD_REQUEST)));
            awaitWaiter(database);
            HttpResponse<String> quick = second.send("POST", "/api/v1/organisations", secondToken, organisation("QUICK"), Map.of());
            assertThat(quick.statusCode()).as(quick.body()).isEqualTo(201);

            Batch seen = read(first, firstToken, start);
            assertThat(seen.ids).containsExactly(PackagedApp.read(quick.body()).get("id").asText());

            sql.execute("select pg_advisory_unlock(4242)");
            HttpResponse<String> late = held.get(30, TimeUnit.SECONDS);
            assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
            Batch then = read(second, secondToken, seen.next);
            assertThat(then.ids).as("the write that committed last, after the reader's position")
                    .containsExactly(PackagedApp.read(late.body()).get("id").asText());
        }
    }

    private record Batch(List<String> ids, long next) {
    }

    private static Batch read(PackagedApp app, String token, long after) {
        List<String> ids = new ArrayList<>();
        long position = after;
        JsonNode page;
        do {
            HttpResponse<String> response = app.get("/api/v1/changes?limit=1000&after=" + position, token);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            page = PackagedApp.read(response.body());
            page.get("items").forEach(item -> ids.add(item.get("entityId").asText()));
            position = page.get("next").asLong();
        } while (page.get("more").asBoolean());
        return new Batch(ids, position);
    }

    private static void awaitWaiter(PackagedDatabase database) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (database.count("select count(*) from pg_locks where locktype = 'advisory' and not granted") == 0) {
            assertThat(System.nanoTime()).as("the held request never reached the lock").isLessThan(deadline);
            PackagedApp.sleep(50);
        }
    }

    private static String organisation(String acronym) {
        return "{\"name\": {\"en\": \"Ministry " + acronym + "\"}, \"acronym\": \"" + acronym + "\", \"type\": \"NATIONAL_AUTHORITY\"}";
    }
}
