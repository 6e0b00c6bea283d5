package eu.euromedjustice.meeting;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.http.RecentViews;

/**
 * The calendar feeds written lately, by what they were asked for. A feed of 1,000 meetings takes
 * about a second to write (measured with the meetings benchmark: 16 feeds a second) and changes
 * rarely, while calendar clients poll it often: when its tag, which the meetings' ids and versions
 * make (read without loading the meetings), is the same as last time, the bytes are too.
 */
@ApplicationScoped
public class CalendarFeeds {

    /** Distinct feeds kept; each is at most about 0.6 MB. */
    private final RecentViews<String, byte[]> recent = new RecentViews<>(16);

    /**
     * @param key    everything the bytes depend on besides the meetings: filters, language, base URI
     * @param tag    changes when a meeting of the feed changes, comes or goes
     * @param writer writes the feed when it is not at hand
     */
    byte[] bytes(String key, long tag, Supplier<byte[]> writer) {
        return recent.get(key, tag, writer);
    }

    /** A tag that changes when a meeting of the feed changes, comes or goes, from their ids and versions in order. */
    static long tagOf(List<Object[]> idsAndVersions) {
        long tag = 1125899906842597L;
        for (Object[] meeting : idsAndVersions) {
            UUID id = (UUID) meeting[0];
            tag = 31 * tag + id.getMostSignificantBits();
            tag = 31 * tag + id.getLeastSignificantBits();
            tag = 31 * tag + (Long) meeting[1];
        }
        return tag & Long.MAX_VALUE; // ETags of this API are non-negative numbers
    }
}
