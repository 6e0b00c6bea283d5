package eu.euromedjustice.fiche;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether the country can carry out the measure on request")
public enum Possibility {
    YES,
    NO,
    PARTIAL
}
