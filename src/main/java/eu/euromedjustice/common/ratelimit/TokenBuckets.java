package eu.euromedjustice.common.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * One token bucket per client, all with the same rate and burst, in memory. Memory is bounded: a
 * bucket left alone until it refilled is dropped (a new one is the same), and no more than
 * {@code maxClients} are kept, so that requests from ever new addresses cannot exhaust memory;
 * past that Caffeine drops the buckets least likely to be used again.
 */
public final class TokenBuckets {

    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

    private final int perMinute;
    private final int burst;
    private final Bandwidth limit;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public TokenBuckets(int perMinute, int burst, int maxClients) {
        this(perMinute, burst, maxClients, TimeMeter.SYSTEM_NANOTIME, Ticker.systemTicker());
    }

    /** With clocks of the test's choosing: the buckets' and the cache's. */
    TokenBuckets(int perMinute, int burst, int maxClients, TimeMeter time, Ticker ticker) {
        if (perMinute < 1 || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("rate limits must be at least 1");
        }
        this.perMinute = perMinute;
        this.burst = burst;
        this.limit = Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
        this.time = time;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(timeToRefill(perMinute, burst))
                .ticker(ticker)
                .build();
    }

    /**
     * Takes a token from the client's bucket.
     *
     * @return 0 when there was one, else the whole seconds (at least 1) until there will be
     */
    public long take(String client) {
        ConsumptionProbe probe = buckets.get(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        long nanos = probe.getNanosToWaitForRefill();
        return Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }

    public int perMinute() {
        return perMinute;
    }

    public int burst() {
        return burst;
    }

    /** How many clients have a bucket now (after pending evictions). */
    long tracked() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build();
    }

    /** From empty to full: after that long without a request, a bucket is as good as new. */
    private static Duration timeToRefill(int perMinute, int burst) {
        return Duration.ofMinutes(1).multipliedBy(burst).dividedBy(perMinute).plusSeconds(1);
    }
}
