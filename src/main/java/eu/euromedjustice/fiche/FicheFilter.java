package eu.euromedjustice.fiche;

import java.time.Instant;
import java.util.List;

/** The optional filters of the list of published fiches; null (or an empty list of countries) means "any". */
public record FicheFilter(List<String> countries, String measureCode, Theme theme, Possibility possibility, String acceptedLanguage,
        Channel channel, DualCriminality dualCriminality, String text, Instant updatedSince) {
}
