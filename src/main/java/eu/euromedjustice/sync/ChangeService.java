package eu.euromedjustice.sync;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.security.Viewer;

/** Reads the change feed; {@link ChangeWriter} writes it. */
@ApplicationScoped
public class ChangeService {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final ChangeRepository changes;

    public ChangeService(ChangeRepository changes) {
        this.changes = changes;
    }

    /**
     * The entries after a position that the viewer may see. The last committed position is read
     * first: everything up to it is committed (positions are handed out at commit), so the entries
     * read next cannot leave a hole that a later commit fills.
     */
    public ChangesDto after(long after, Set<EntityType> types, int limit, Viewer viewer) {
        long last = changes.lastSeq();
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (Audience audience : Audience.values()) {
            if (audience.includes(viewer)) {
                audiences.add(audience);
            }
        }
        List<ChangeEntry> entries = after >= last ? List.of() : changes.between(after, last, types, audiences, limit + 1);
        boolean more = entries.size() > limit;
        List<ChangeEntry> shown = more ? entries.subList(0, limit) : entries;
        // a full page ends at its last entry; otherwise everything up to the last committed position was seen
        long next = more ? shown.get(shown.size() - 1).seq : Math.max(after, last);
        return new ChangesDto(shown.stream().map(SyncMapper::toDto).toList(), next, more);
    }
}
