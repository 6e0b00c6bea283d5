package eu.euromedjustice.reference;

import java.time.Instant;

/** The optional filters of the organisation list; null means "any". */
public record OrganisationFilter(OrganisationType type, String countryCode, String text, Instant updatedSince) {
}
