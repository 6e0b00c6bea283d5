package eu.euromedjustice.fiche;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether the act must also be an offence in the requested country")
public enum DualCriminality {
    REQUIRED,
    NOT_REQUIRED,
    DEPENDS,
    UNKNOWN
}
