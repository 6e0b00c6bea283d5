package eu.euromedjustice.meeting;

import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The calendar feeds written lately, by what they were asked for. A feed of 1,000 meetings takes
 * about a second to write (measured with MeetingsBenchmarkIT: 16 feeds a second) and changes
 * rarely, while calendar clients poll it often: when its tag, which the meetings' ids and
 * versions make, is the same as last time, the bytes are too.
 */
@ApplicationScoped
public class CalendarFeeds {

    /** Distinct feeds kept; each is at most about 0.6 MB. */
    private static final int FEEDS = 16;

    private final Map<String, Feed> recent = Collections.synchronizedMap(new LinkedHashMap<>(FEEDS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Feed> eldest) {
            return size() > FEEDS;
        }
    });

    private record Feed(long tag, byte[] bytes) {
    }

    /**
     * @param key    everything the bytes depend on besides the meetings: filters, language, base URI
     * @param tag    changes when a meeting of the feed changes, comes or goes
     * @param writer writes the feed when it is not at hand
     */
    byte[] bytes(String key, long tag, Supplier<byte[]> writer) {
        Feed feed = recent.get(key);
        if (feed == null || feed.tag() != tag) {
            feed = new Feed(tag, writer.get());
            recent.put(key, feed);
        }
        return feed.bytes();
    }

    /** A tag that changes when a meeting of the feed changes, comes or goes: computed without writing the calendar. */
    static long tagOf(List<MeetingDto> found) {
        long tag = 1125899906842597L;
        for (MeetingDto meeting : found) {
            tag = 31 * tag + meeting.id().getMostSignificantBits();
            tag = 31 * tag + meeting.id().getLeastSignificantBits();
            tag = 31 * tag + meeting.version();
        }
        return tag & Long.MAX_VALUE; // ETags of this API are non-negative numbers
    }
}
