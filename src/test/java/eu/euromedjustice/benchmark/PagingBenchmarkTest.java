package eu.euromedjustice.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.euromedjustice.ApiTest;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures what DESIGN promises of keyset paging: a page deep in a long list costs what the first
 * one does. Not part of the normal suite; run it with ./mvnw verify -Pbenchmark and read the
 * numbers it logs. It asserts nothing about time.
 */
@QuarkusTest
@Tag("benchmark")
class PagingBenchmarkTest extends ApiTest {

    private static final int ORGANISATIONS = 50_000;
    private static final int WARM_UP = 200;
    private static final int SAMPLES = 500;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void measureTheServiceNotTheContractCheck() {
        RestAssured.replaceFiltersWith(List.of());
    }

    @Test
    void deepPagesCostWhatTheFirstPageCosts() {
        seed();
        List<UUID> ids = ids();
        String[] labels = {"first page", "middle page (item " + ids.size() / 2 + ")",
                "deep page (item " + (ids.size() - 50) + ")"};
        String[] cursors = {null, cursorAfter(ids.get(ids.size() / 2)), cursorAfter(ids.get(ids.size() - 50))};
        long[][] nanos = new long[cursors.length][SAMPLES];
        for (int i = 0; i < WARM_UP; i++) {
            for (String cursor : cursors) {
                fetch(cursor);
            }
        }
        // interleaved, so that warm-up and noise fall on every page alike
        for (int i = 0; i < SAMPLES; i++) {
            for (int page = 0; page < cursors.length; page++) {
                long start = System.nanoTime();
                fetch(cursors[page]);
                nanos[page][i] = System.nanoTime() - start;
            }
        }
        for (int page = 0; page < cursors.length; page++) {
            long[] sorted = nanos[page];
            Arrays.sort(sorted);
            Log.infof("BENCHMARK %-28s of %d  GET /api/v1/organisations?limit=20  median %6.2f ms  p90 %6.2f ms  "
                    + "p99 %6.2f ms  (%d requests)", labels[page], ids.size(), sorted[SAMPLES / 2] / 1e6,
                    sorted[SAMPLES * 9 / 10] / 1e6, sorted[SAMPLES * 99 / 100] / 1e6, SAMPLES);
        }
    }

    private static void fetch(String cursor) {
        var request = anonymous().queryParam("limit", 20);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        request.get("/api/v1/organisations").then().statusCode(200);
    }

    /** The cursor a client would hold after the item with this id (the same encoding as PageRequest). */
    private static String cursorAfter(UUID id) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("organisations\n" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void seed() {
        QuarkusTransaction.requiringNew().run(this::insertOrganisations);
    }

    private void insertOrganisations() {
        long existing = ((Number) entityManager.createNativeQuery("select count(*) from organisation").getSingleResult())
                .longValue();
        for (long i = existing; i < ORGANISATIONS; i++) {
            entityManager.createNativeQuery("insert into organisation (id, name, acronym, type, search_text, version, "
                            + "created_at, updated_at) values (?1, ?2, ?3, 'OTHER', ?4, 0, current_timestamp, current_timestamp)")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, "{\"en\":\"Benchmark organisation " + i + "\"}")
                    .setParameter(3, "B" + i)
                    .setParameter(4, "b" + i + "\nbenchmark organisation " + i)
                    .executeUpdate();
        }
    }

    List<UUID> ids() {
        return entityManager.createQuery("select o.id from Organisation o order by o.id", UUID.class).getResultList();
    }
}
