package eu.euromedjustice.sync;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.reference.OrganisationInput;
import eu.euromedjustice.reference.OrganisationService;
import eu.euromedjustice.reference.OrganisationType;
import eu.euromedjustice.security.Role;
import eu.euromedjustice.support.Feed;
import eu.euromedjustice.support.Parallel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's hard part: sequence numbers must become visible in order, or a reader that saw a
 * later one skips an earlier one for ever. Runs on H2 and, in CI, on PostgreSQL.
 */
@QuarkusTest
class FeedOrderTest extends ApiTest {

    @Inject
    OrganisationService organisations;

    @Inject
    ChangeRepository changes;

    @Test
    void shouldNotLetAReaderSkipAChangeThatCommitsAfterALaterOne() throws Exception {
        long start = changes.lastSeq();
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondCommitted = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            // the first transaction writes first and commits last
            Future<String> first = executor.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                String id = organisations.create(organisation("FIRST")).id().toString();
                firstWrote.countDown();
                assertThat(secondCommitted.await(30, TimeUnit.SECONDS)).isTrue();
                return id;
            }));
            assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
            String second = QuarkusTransaction.requiringNew().call(() -> organisations.create(organisation("SECOND")).id().toString());

            Feed.Batch seen = Feed.after(() -> as(Role.PARTNER), start);
            assertThat(ids(seen.entries())).containsExactly(second);

            secondCommitted.countDown();
            String firstId = first.get(30, TimeUnit.SECONDS);
            Feed.Batch then = Feed.after(() -> as(Role.PARTNER), seen.next());

            assertThat(ids(then.entries())).as("the change that committed last, read after the reader's position").containsExactly(firstId);
            assertThat(then.entries().get(0).get("seq")).isEqualTo((int) seen.next() + 1);
        } finally {
            secondCommitted.countDown();
            executor.shutdownNow();
        }
    }

    @Test
    void shouldNumberParallelWritesWithoutGapsOrRepeats() throws Exception {
        long start = changes.lastSeq();

        List<String> created = Parallel.times(16, () -> as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Parallel ministry"), "type", "NATIONAL_AUTHORITY"))
                .post("/api/v1/organisations").then().statusCode(201).extract().<String>path("id"));

        List<Map<String, Object>> entries = Feed.after(() -> as(Role.ADMIN), start).entries();
        assertThat(ids(entries)).containsExactlyInAnyOrderElementsOf(created);
        for (int i = 0; i < entries.size(); i++) {
            assertThat(((Number) entries.get(i).get("seq")).longValue()).isEqualTo(start + 1 + i);
        }
    }

    private static List<String> ids(List<Map<String, Object>> entries) {
        return entries.stream().filter(entry -> "ORGANISATION".equals(entry.get("entityType")))
                .map(entry -> (String) entry.get("entityId")).toList();
    }

    private static OrganisationInput organisation(String acronym) {
        return new OrganisationInput(LanguageMap.of(Map.of("en", "Ministry " + acronym)), acronym, OrganisationType.NATIONAL_AUTHORITY,
                null, null);
    }
}
