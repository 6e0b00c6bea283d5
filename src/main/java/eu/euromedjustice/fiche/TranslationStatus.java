package eu.euromedjustice.fiche;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a language's texts of a fiche come from")
public enum TranslationStatus {
    ORIGINAL,
    REVIEWED,
    MACHINE,
    MISSING
}
