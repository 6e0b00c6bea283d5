package eu.euromedjustice.fiche;

/** Entity to record and back for the fiche feature: the one place that copies fields. */
final class FicheMapper {

    private FicheMapper() {
    }

    static MeasureDto toDto(Measure measure) {
        return new MeasureDto(measure.code, measure.theme, measure.title, measure.description, measure.relatedCodes(),
                measure.version(), measure.createdAt(), measure.updatedAt());
    }

    static MeasureInput toInput(Measure measure) {
        return new MeasureInput(measure.code, measure.theme, measure.title, measure.description, measure.relatedCodes());
    }

    /** The fiche's current revision, from the copy its row holds. */
    static FicheDto toDto(Fiche fiche, Measure measure) {
        return new FicheDto(fiche.countryCode, fiche.measureCode, measure.theme, measure.title, fiche.revision, true, fiche.content,
                fiche.changeSummary, fiche.changedFields(), fiche.publishedAt, fiche.publishedBy, fiche.validFrom, null, fiche.version(),
                FicheDisclaimer.TEXT);
    }

    static FicheDto toDto(Fiche fiche, Measure measure, FicheRevision revision) {
        return new FicheDto(fiche.countryCode, fiche.measureCode, measure.theme, measure.title, revision.number, revision.isCurrent(),
                revision.content, revision.changeSummary, revision.changedFields(), revision.publishedAt, revision.publishedBy,
                revision.validFrom, revision.validUntil, revision.version(), FicheDisclaimer.TEXT);
    }

    static FicheRevisionDto toSummary(FicheRevision revision) {
        return new FicheRevisionDto(revision.number, revision.publishedAt, revision.publishedBy, revision.validFrom, revision.validUntil,
                revision.isCurrent(), revision.changeSummary, revision.changedFields(), revision.version(), FicheDisclaimer.TEXT);
    }

    static FicheDraftDto toDto(FicheDraft draft) {
        return new FicheDraftDto(draft.fiche.countryCode, draft.fiche.measureCode, draft.status, draft.basedOnRevision, draft.content,
                draft.changeSummary, draft.createdBy, draft.updatedBy, draft.submittedBy, draft.submittedAt, draft.version(),
                draft.createdAt(), draft.updatedAt(), FicheDisclaimer.TEXT);
    }

    static FicheDraftInput toInput(FicheDraft draft) {
        return new FicheDraftInput(draft.content, draft.changeSummary);
    }
}
