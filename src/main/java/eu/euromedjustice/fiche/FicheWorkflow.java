package eu.euromedjustice.fiche;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.Preconditions.IfMatch;
import eu.euromedjustice.common.http.Preconditions;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.persistence.TagColumn;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.common.problem.ProblemType;
import eu.euromedjustice.reference.CountryService;
import eu.euromedjustice.reference.OrganisationService;

/**
 * The writes of the fiche workflow: a working draft is created or replaced (DRAFT), submitted
 * (IN_REVIEW), sent back or published as the next immutable revision; a published fiche can be
 * archived. Every write locks the fiche's row first, so that two of them on one fiche queue.
 */
@ApplicationScoped
public class FicheWorkflow {

    private final FicheRepository fiches;
    private final FicheDraftRepository drafts;
    private final FicheRevisionRepository revisions;
    private final MeasureService measures;
    private final CountryService countries;
    private final OrganisationService organisations;
    private final MergePatch mergePatch;

    public FicheWorkflow(FicheRepository fiches, FicheDraftRepository drafts, FicheRevisionRepository revisions, MeasureService measures,
            CountryService countries, OrganisationService organisations, MergePatch mergePatch) {
        this.fiches = fiches;
        this.drafts = drafts;
        this.revisions = revisions;
        this.measures = measures;
        this.countries = countries;
        this.organisations = organisations;
        this.mergePatch = mergePatch;
    }

    /** A draft as written, and whether this write created it. */
    public record DraftWrite(FicheDraftDto draft, boolean created) {
    }

    public FicheDraftDto draft(String country, String measure) {
        return drafts.findByKey(country, measure).map(FicheMapper::toDto).orElseThrow(() -> noDraft(country, measure));
    }

    /**
     * Creates the draft (no If-Match) or replaces it (If-Match required once it exists).
     *
     * @param ifMatch null when the client sent no If-Match
     */
    @Transactional
    public DraftWrite putDraft(String country, String measure, IfMatch ifMatch, FicheDraftInput input, String actor) {
        countries.get(country); // 404 for an unknown country, as for an unknown measure
        measures.find(measure);
        Fiche fiche = fiches.findLocked(country, measure).orElse(null);
        FicheDraft draft = fiche == null ? null : drafts.findByIdOptional(fiche.id).orElse(null);
        if (draft == null) {
            if (ifMatch != null) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                        "Fiche " + country + "/" + measure + " has no draft yet; send the first one without If-Match.");
            }
            validate(input.content(), measure);
            if (fiche == null) {
                fiche = new Fiche();
                fiche.countryCode = country;
                fiche.measureCode = measure;
                fiches.persist(fiche);
            }
            draft = new FicheDraft();
            draft.fiche = fiche;
            draft.basedOnRevision = fiche.revision;
            draft.createdBy = actor;
            apply(input, draft, actor);
            drafts.persist(draft);
            drafts.flush();
            return new DraftWrite(FicheMapper.toDto(draft), true);
        }
        (ifMatch == null ? Preconditions.required(null) : ifMatch).check(draft.version()); // 428 without If-Match
        validate(input.content(), measure);
        apply(input, draft, actor);
        drafts.flush();
        return new DraftWrite(FicheMapper.toDto(draft), false);
    }

    @Transactional
    public FicheDraftDto patchDraft(String country, String measure, IfMatch ifMatch, JsonNode patch, String actor) {
        FicheDraft draft = lockedDraft(country, measure);
        ifMatch.check(draft.version());
        FicheDraftInput input = mergePatch.apply(FicheMapper.toInput(draft), patch, FicheDraftInput.class);
        validate(input.content(), measure);
        apply(input, draft, actor);
        drafts.flush();
        return FicheMapper.toDto(draft);
    }

    /** Discards the draft; a fiche that was never published goes with it. */
    @Transactional
    public void deleteDraft(String country, String measure, IfMatch ifMatch) {
        FicheDraft draft = lockedDraft(country, measure);
        ifMatch.check(draft.version());
        Fiche fiche = draft.fiche;
        drafts.delete(draft);
        if (fiche.revision == null) {
            drafts.flush();
            fiches.delete(fiche);
        }
        fiches.flush();
    }

    @Transactional
    public FicheDraftDto submit(String country, String measure, IfMatch ifMatch, String actor) {
        FicheDraft draft = lockedDraft(country, measure);
        ifMatch.check(draft.version());
        requireStatus(draft, FicheStatus.DRAFT, "submitted for review");
        draft.status = FicheStatus.IN_REVIEW;
        draft.submittedBy = actor;
        draft.submittedAt = now();
        drafts.flush();
        return FicheMapper.toDto(draft);
    }

    /** Sends a draft in review back to DRAFT: its author withdraws it, or a reviewer asks for changes. */
    @Transactional
    public FicheDraftDto returnToDraft(String country, String measure, IfMatch ifMatch) {
        FicheDraft draft = lockedDraft(country, measure);
        ifMatch.check(draft.version());
        requireStatus(draft, FicheStatus.IN_REVIEW, "returned to the drafters");
        draft.status = FicheStatus.DRAFT;
        draft.submittedBy = null;
        draft.submittedAt = null;
        drafts.flush();
        return FicheMapper.toDto(draft);
    }

    /**
     * Turns the draft in review into the next revision, valid from {@code validFrom} (today when
     * null), and makes it the fiche's current one; the revision before stays valid up to that day.
     */
    @Transactional
    public FicheDto publish(String country, String measure, IfMatch ifMatch, LocalDate validFrom, String actor) {
        FicheDraft draft = lockedDraft(country, measure);
        ifMatch.check(draft.version());
        requireStatus(draft, FicheStatus.IN_REVIEW, "published");
        Fiche fiche = draft.fiche;
        LocalDate today = today();
        LocalDate from = validFrom == null ? today : validFrom;
        if (from.isAfter(today)) {
            throw ProblemException.invalidField("validFrom", "must not be in the future (today is " + today + ")");
        }
        FicheRevision previous = fiche.revision == null ? null : revisions.find(fiche.id, fiche.revision).orElseThrow();
        if (previous != null && from.isBefore(previous.validFrom)) {
            throw ProblemException.invalidField("validFrom", "must not be before " + previous.validFrom
                    + ", when revision " + previous.number + " became valid");
        }
        if (fiche.archivedOn != null && from.isBefore(fiche.archivedOn)) {
            throw ProblemException.invalidField("validFrom", "must not be before " + fiche.archivedOn + ", when the fiche was archived");
        }
        if (previous != null && previous.validUntil == null) {
            previous.validUntil = from;
        }
        FicheRevision revision = new FicheRevision();
        revision.ficheId = fiche.id;
        revision.number = previous == null ? 1 : previous.number + 1;
        revision.content = draft.content;
        revision.changeSummary = draft.changeSummary;
        revision.changedFields = TagColumn.encode(FicheFields.diff(previous == null ? null : previous.content, draft.content).stream()
                .map(FicheDiffDto.Change::field).toList());
        revision.publishedAt = now();
        revision.publishedBy = actor;
        revision.validFrom = from;
        revisions.persist(revision);
        fiche.publish(revision);
        drafts.delete(draft);
        fiches.flush();
        return FicheMapper.toDto(fiche, measures.find(measure));
    }

    /** Withdraws the published fiche from today: its current revision stops being valid, and it leaves the lists. */
    @Transactional
    public FicheDto archive(String country, String measure, IfMatch ifMatch) {
        Fiche fiche = fiches.findLocked(country, measure).filter(found -> found.revision != null)
                .orElseThrow(() -> ProblemException.notFound("Fiche", country + "/" + measure));
        ifMatch.check(fiche.version());
        if (!fiche.isPublished()) {
            throw ProblemException.conflict("Fiche " + fiche.key() + " is " + fiche.status + " already; only a published fiche can be archived.");
        }
        LocalDate today = today();
        FicheRevision current = revisions.find(fiche.id, fiche.revision).orElseThrow();
        current.validUntil = today; // never before validFrom, which publish keeps from the future
        fiche.archive(today);
        fiches.flush();
        return FicheMapper.toDto(fiche, measures.find(measure), current);
    }

    private FicheDraft lockedDraft(String country, String measure) {
        Fiche fiche = fiches.findLocked(country, measure).orElseThrow(() -> noDraft(country, measure));
        return drafts.findByIdOptional(fiche.id).orElseThrow(() -> noDraft(country, measure));
    }

    private static void requireStatus(FicheDraft draft, FicheStatus status, String action) {
        if (draft.status != status) {
            throw ProblemException.conflict("The draft of fiche " + draft.fiche.key() + " is " + draft.status + "; only a draft that is "
                    + status + " can be " + action + ".");
        }
    }

    private static void apply(FicheDraftInput input, FicheDraft draft, String actor) {
        // a write that changes nothing keeps the version (and who last changed it)
        if (!Objects.equals(input.content(), draft.content) || !Objects.equals(input.changeSummary(), draft.changeSummary)) {
            draft.content = input.content();
            draft.changeSummary = input.changeSummary();
            draft.updatedBy = actor;
        }
    }

    /** What the annotations cannot check: references, a positive deadline, a review date that has passed. */
    private void validate(FicheContent content, String measure) {
        requireAuthority("content.receivingAuthority", content.receivingAuthority());
        requireAuthority("content.executingAuthority", content.executingAuthority());
        measures.requireKnown("content.alternativeMeasureCodes", content.alternativeMeasureCodes(), measure);
        String deadline = content.executionDeadline();
        if (deadline != null && deadline.chars().noneMatch(c -> c >= '1' && c <= '9')) {
            throw ProblemException.invalidField("content.executionDeadline", "must be longer than zero");
        }
        LocalDate reviewed = content.lastReviewedOn();
        if (reviewed != null && (reviewed.isAfter(today()) || reviewed.getYear() < 1950)) {
            throw ProblemException.invalidField("content.lastReviewedOn", "must be a day from 1950 up to today");
        }
    }

    private void requireAuthority(String field, FicheContent.Authority authority) {
        if (authority == null) {
            return;
        }
        if (authority.organisationId() == null && authority.text() == null) {
            throw ProblemException.invalidField(field, "must name an organisation (organisationId), describe the authority (text), or both");
        }
        organisations.requireKnown(field + ".organisationId", authority.organisationId());
    }


    /** To the microsecond, as the databases store it, so that the answer to a write equals what a read gives later. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static ProblemException noDraft(String country, String measure) {
        return ProblemException.notFound("Draft of fiche", country + "/" + measure);
    }
}
