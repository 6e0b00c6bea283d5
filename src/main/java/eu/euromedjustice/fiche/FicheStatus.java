package eu.euromedjustice.fiche;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The workflow: a draft is DRAFT, then IN_REVIEW; publishing it makes the next revision and the
 * fiche PUBLISHED; archiving withdraws the fiche (its revisions stay readable). A fiche that was
 * never published is DRAFT.
 */
@Schema(description = "Workflow state: DRAFT -> IN_REVIEW -> PUBLISHED, and ARCHIVED")
public enum FicheStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED
}
