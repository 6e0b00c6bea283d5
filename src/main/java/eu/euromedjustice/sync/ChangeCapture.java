package eu.euromedjustice.sync;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The JPA listener of every VersionedEntity: notes each write of a {@link Tracked} record in the
 * current transaction's {@link TransactionChanges}, which the transaction writes to the audit log
 * and the change feed just before it commits. Capturing at the entity rather than in each service
 * means that no write path can forget it. (Bulk JPQL updates and deletes bypass it: delete tracked
 * records one by one.)
 */
public class ChangeCapture {

    @PostLoad
    void loaded(Object entity) {
        if (entity instanceof Tracked tracked) {
            TransactionChanges changes = TransactionChanges.current(false);
            if (changes != null) {
                changes.loaded(tracked);
            }
        }
    }

    @PostPersist
    void persisted(Object entity) {
        record(entity, ChangeAction.CREATED);
    }

    @PostUpdate
    void updated(Object entity) {
        record(entity, ChangeAction.UPDATED);
    }

    @PostRemove
    void removed(Object entity) {
        record(entity, ChangeAction.DELETED);
    }

    private static void record(Object entity, ChangeAction action) {
        if (entity instanceof Tracked tracked) {
            TransactionChanges.current(true).record(tracked, action);
        }
    }
}
