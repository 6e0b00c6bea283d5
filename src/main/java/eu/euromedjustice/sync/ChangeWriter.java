package eu.euromedjustice.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Writes one transaction's audit events and change feed entries, as its last statements before it
 * commits. Plain JDBC on the transaction's own connection: Hibernate has flushed for the last time.
 */
final class ChangeWriter {

    /** One record's change, as the transaction leaves it. */
    record Entry(Tracked record, ChangeAction action, Long versionBefore, Long versionAfter, Audience audience) {
    }

    private static final String INSERT_AUDIT = "insert into audit_event (occurred_at, actor, actor_type, roles, entity_type,"
            + " entity_id, action, version_before, version_after, request_id, person_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String RAISE_COUNTER = "update change_counter set last_seq = last_seq + ? where id = 1";
    private static final String READ_COUNTER = "select last_seq from change_counter where id = 1";
    private static final String INSERT_CHANGE = "insert into change_entry (seq, entity_type, entity_id, path, action, version,"
            + " audience, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private ChangeWriter() {
    }

    static void write(SharedSessionContractImplementor session, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Actor actor = Actor.current();
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try {
            audit(connection, entries, actor, now);
            List<Entry> published = entries.stream().filter(entry -> entry.record().entityType().inFeed()).toList();
            if (!published.isEmpty()) {
                publish(connection, published, now);
            }
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "Could not record the change");
        }
    }

    private static void audit(Connection connection, List<Entry> entries, Actor actor, OffsetDateTime now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_AUDIT)) {
            for (Entry entry : entries) {
                insert.setObject(1, now);
                insert.setString(2, actor.name());
                insert.setString(3, actor.type().name());
                insert.setString(4, actor.roles());
                insert.setString(5, entry.record().entityType().name());
                insert.setString(6, entry.record().entityId());
                insert.setString(7, entry.action().name());
                setLong(insert, 8, entry.versionBefore());
                setLong(insert, 9, entry.versionAfter());
                insert.setString(10, actor.requestId());
                insert.setObject(11, entry.record().personId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Numbers the entries under the counter's row lock, which the transaction then holds until it
     * commits: a later writer waits here and numbers after it, so sequence numbers become visible in
     * order, without gaps. This is the transaction's last lock, so it cannot close a deadlock.
     */
    private static void publish(Connection connection, List<Entry> entries, OffsetDateTime now) throws SQLException {
        long last;
        try (PreparedStatement raise = connection.prepareStatement(RAISE_COUNTER);
                PreparedStatement read = connection.prepareStatement(READ_COUNTER)) {
            raise.setLong(1, entries.size());
            raise.executeUpdate();
            try (ResultSet row = read.executeQuery()) {
                row.next();
                last = row.getLong(1);
            }
        }
        long seq = last - entries.size();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CHANGE)) {
            for (Entry entry : entries) {
                insert.setLong(1, ++seq);
                insert.setString(2, entry.record().entityType().name());
                insert.setString(3, entry.record().entityId());
                insert.setString(4, entry.record().path());
                insert.setString(5, entry.action().name());
                insert.setLong(6, entry.versionAfter() != null ? entry.versionAfter() : entry.versionBefore());
                insert.setString(7, entry.audience().name());
                insert.setObject(8, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
