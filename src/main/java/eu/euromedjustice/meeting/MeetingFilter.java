package eu.euromedjustice.meeting;

import java.time.Instant;
import java.time.LocalDate;

import eu.euromedjustice.reference.Topic;

/**
 * The optional filters of the meeting list and calendar feed; null means "any". {@code from} and
 * {@code to} select the meetings that overlap the range.
 */
public record MeetingFilter(String expertGroup, MeetingStatus status, LocalDate from, LocalDate to, String countryCode,
        String participantCountry, Topic topic, String text, Instant updatedSince, boolean oldestFirst) {
}
