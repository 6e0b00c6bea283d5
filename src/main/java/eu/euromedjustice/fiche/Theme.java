package eu.euromedjustice.fiche;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ten groups of measures of the Fiches Belges. */
@Schema(description = "The group a measure belongs to (the ten groups of the Fiches Belges)")
public enum Theme {
    INTERCEPTION_OF_COMMUNICATIONS,
    INFILTRATION,
    EXAMINATION_AND_EXPERT_EVALUATION,
    DOCUMENTS,
    ASSETS,
    PLACES,
    WITNESSES_VICTIMS_SUSPECTS,
    CROSS_BORDER_OPERATIONS,
    MUTUAL_RECOGNITION,
    TRANSFER_OF_PROCEEDINGS
}
