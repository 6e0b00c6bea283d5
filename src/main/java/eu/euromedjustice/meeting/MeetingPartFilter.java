package eu.euromedjustice.meeting;

import java.time.Instant;
import java.util.UUID;

/**
 * The filters of a list of a meeting's parts (agenda items, participants, documents): the meeting,
 * whether the caller sees the public ones only (a list of its own, whose cursors do not carry over
 * to the full one), and updatedSince (null: any).
 */
public record MeetingPartFilter(UUID meetingId, boolean publicOnly, Instant updatedSince) {
}
