package eu.euromedjustice.member;

import java.time.Instant;
import java.util.UUID;

/** The filters of a member's list of memberships: the member, and updatedSince (null: any). */
public record MembershipFilter(UUID memberId, Instant updatedSince) {
}
