package eu.euromedjustice.fiche;

import java.time.Instant;

/** The optional filters of the measure list; null means "any". */
public record MeasureFilter(Theme theme, String text, Instant updatedSince) {
}
