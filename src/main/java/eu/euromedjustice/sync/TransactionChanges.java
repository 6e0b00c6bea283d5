package eu.euromedjustice.sync;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;

/**
 * The tracked records one transaction loaded and wrote. On the first write it asks Hibernate to
 * call {@link ChangeWriter} before the transaction completes: after the last flush, so every write
 * is known, and inside the transaction, so the entries commit or roll back with the change.
 */
final class TransactionChanges {

    private static final Object KEY = TransactionChanges.class;
    /** The registry of the running container, looked up once per container (tests restart it). */
    private static volatile Lookup registry;

    private record Lookup(ArcContainer container, TransactionSynchronizationRegistry transactions) {
    }

    /** How a record looked when this transaction loaded it. */
    private record Loaded(long version, Audience audience) {
    }

    private final Map<Tracked, Loaded> loaded = new IdentityHashMap<>();
    private final Map<Tracked, Change> changes = new IdentityHashMap<>();
    private final List<Change> inOrder = new ArrayList<>();
    private boolean writerRegistered;

    /** The current transaction's changes; null outside a transaction unless writing, which needs one. */
    static TransactionChanges current(boolean writing) {
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions.getTransactionKey() == null) {
            if (writing) {
                throw new IllegalStateException("A tracked record was written outside a transaction");
            }
            return null;
        }
        TransactionChanges changes = (TransactionChanges) transactions.getResource(KEY);
        if (changes == null) {
            changes = new TransactionChanges();
            transactions.putResource(KEY, changes);
        }
        if (writing && !changes.writerRegistered) {
            TransactionChanges pending = changes;
            Arc.container().instance(Session.class).get().unwrap(SharedSessionContractImplementor.class)
                    .getTransactionCompletionCallbacks()
                    .registerCallback((BeforeCompletionCallback) session -> ChangeWriter.write(session, pending.resolve()));
            changes.writerRegistered = true;
        }
        return changes;
    }

    private static TransactionSynchronizationRegistry registry() {
        ArcContainer container = Arc.container();
        Lookup lookup = registry;
        if (lookup == null || lookup.container() != container) {
            lookup = new Lookup(container, container.instance(TransactionSynchronizationRegistry.class).get());
            registry = lookup;
        }
        return lookup.transactions();
    }

    void loaded(Tracked record) {
        loaded.putIfAbsent(record, new Loaded(record.version(), record.audience()));
    }

    void record(Tracked record, ChangeAction action) {
        Change change = changes.get(record);
        if (change == null) {
            Loaded before = loaded.get(record);
            // without a load (an update after a merge), Hibernate moved the version on by one
            long versionBefore = before != null ? before.version()
                    : action == ChangeAction.UPDATED ? record.version() - 1 : record.version();
            change = new Change(record, action, versionBefore, before != null ? before.audience() : record.audience());
            changes.put(record, change);
            inOrder.add(change);
        }
        change.last = action;
    }

    /** What the transaction did to each record, in the order it first did it; created and deleted again is nothing. */
    List<ChangeWriter.Entry> resolve() {
        List<ChangeWriter.Entry> entries = new ArrayList<>(inOrder.size());
        for (Change change : inOrder) {
            Tracked record = change.record;
            if (change.first == ChangeAction.CREATED) {
                if (change.last != ChangeAction.DELETED) {
                    entries.add(new ChangeWriter.Entry(record, ChangeAction.CREATED, null, record.version(), record.audience()));
                }
            } else if (change.last == ChangeAction.DELETED) {
                entries.add(new ChangeWriter.Entry(record, ChangeAction.DELETED, change.versionBefore, null, change.audienceBefore));
            } else {
                entries.add(new ChangeWriter.Entry(record, ChangeAction.UPDATED, change.versionBefore, record.version(),
                        Audience.wider(change.audienceBefore, record.audience())));
            }
        }
        return entries;
    }

    private static final class Change {
        final Tracked record;
        final ChangeAction first;
        final long versionBefore;
        final Audience audienceBefore;
        ChangeAction last;

        Change(Tracked record, ChangeAction first, long versionBefore, Audience audienceBefore) {
            this.record = record;
            this.first = first;
            this.versionBefore = versionBefore;
            this.audienceBefore = audienceBefore;
        }
    }
}
