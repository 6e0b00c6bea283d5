package eu.euromedjustice.common.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The buckets on a clock of the test's own: rates, waits, and the bounds of their memory. */
class TokenBucketsTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final TimeMeter time = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };

    @Test
    void shouldRefuseOnceTheBurstIsSpentAndTellTheSecondsToTheNextToken() {
        TokenBuckets buckets = new TokenBuckets(6, 2, 100, time, nanos::get); // a token every 10 seconds

        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(10);
        assertThat(buckets.take("b")).as("another client").isZero();

        advance(Duration.ofMillis(9_500));
        assertThat(buckets.take("a")).as("half a second to go is still one whole second").isEqualTo(1);
        advance(Duration.ofMillis(500));
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(10);
    }

    @Test
    void shouldForgetAClientWhoseBucketWouldHaveRefilled() {
        TokenBuckets buckets = new TokenBuckets(60, 30, 100, time, nanos::get); // full again 30 seconds after empty
        for (int i = 0; i < 30; i++) {
            buckets.take("a");
        }
        assertThat(buckets.take("a")).isPositive();
        assertThat(buckets.tracked()).isEqualTo(1);

        advance(Duration.ofSeconds(20));
        assertThat(buckets.tracked()).as("still refilling").isEqualTo(1);
        advance(Duration.ofSeconds(12));
        assertThat(buckets.tracked()).isZero();
        assertThat(buckets.take("a")).as("a new bucket, as full as the old one would be").isZero();
    }

    @Test
    void shouldTrackNoMoreClientsThanConfiguredWhateverTheNumberOfAddresses() {
        TokenBuckets buckets = new TokenBuckets(60, 30, 100, time, nanos::get);

        for (int i = 0; i < 20_000; i++) {
            buckets.take("ip:10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff));
        }

        assertThat(buckets.tracked()).isLessThanOrEqualTo(100);
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
