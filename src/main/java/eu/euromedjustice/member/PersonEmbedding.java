package eu.euromedjustice.member;

import java.util.UUID;

/**
 * A feature whose resources show people (meetings embed their participants): when a person
 * changes, those resources change too, so their versions, ETags and updatedAt must move on. Each
 * such feature adds one bean, which {@link MemberService} calls once the person has changed, with
 * the person's row locked. Locks go person first, then the feature's records: a feature's own
 * writes that involve a person take the person's lock (MemberService.requireKnown) before their
 * own, so that no two transactions wait for each other in a circle, and no record can come to show
 * the person while it changes.
 */
public interface PersonEmbedding {

    /** Marks the records that show the person as changed. */
    void changed(UUID personId);
}
