package eu.euromedjustice.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import eu.euromedjustice.reference.Topic;

/**
 * The optional filters of the member list; null means "any". The membership filters (group, role,
 * activeOn) must all hold for one and the same membership.
 */
public record MemberFilter(String countryCode, UUID organisationId, String expertGroup, MembershipRole role,
        LocalDate activeOn, Topic expertise, String language, String text, Instant updatedSince) {
}
