package eu.euromedjustice.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.Preconditions.IfMatch;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.reference.OrganisationService;
import eu.euromedjustice.security.Viewer;

/**
 * A roadmap's milestones. Every write locks the roadmap first, so that positions stay 1 to n and
 * the progress counts right whatever runs at the same time, and moves the roadmap's version on,
 * since the roadmap embeds its milestones. Status changes are checked here, for a direct edit and
 * for a report's update alike, and land on the roadmap's timeline.
 */
@ApplicationScoped
public class MilestoneService {

    public static final String PAGE_SCOPE = "milestones";

    private final RoadmapService roadmaps;
    private final MilestoneRepository milestones;
    private final RoadmapEventRepository events;
    private final OrganisationService organisations;
    private final MergePatch mergePatch;

    public MilestoneService(RoadmapService roadmaps, MilestoneRepository milestones, RoadmapEventRepository events,
            OrganisationService organisations, MergePatch mergePatch) {
        this.roadmaps = roadmaps;
        this.milestones = milestones;
        this.events = events;
        this.organisations = organisations;
        this.mergePatch = mergePatch;
    }

    public Page<MilestoneDto> list(UUID roadmapId, Instant updatedSince, Viewer viewer, PageRequest page) {
        roadmaps.visible(roadmapId, viewer);
        return milestones.findPage(roadmapId, updatedSince, page).map(RoadmapMapper::toDto);
    }

    public MilestoneDto get(UUID roadmapId, UUID id, Viewer viewer) {
        roadmaps.visible(roadmapId, viewer);
        return RoadmapMapper.toDto(find(roadmapId, id));
    }

    /**
     * The version that {@link #get} shows, in one query. When there is none the viewer may see, get
     * answers, so that the problem is the one it always gives (no such roadmap, or no such milestone).
     */
    public long version(UUID roadmapId, UUID id, Viewer viewer) {
        return RoadmapService.visibleVersion(milestones.findVersion(roadmapId, id), viewer)
                .orElseGet(() -> get(roadmapId, id, viewer).version());
    }

    @Transactional
    public MilestoneDto add(UUID roadmapId, MilestoneInput input, String actor) {
        Roadmap roadmap = roadmaps.lock(roadmapId);
        RoadmapService.requireOpen(roadmap, "milestones are added");
        List<Milestone> all = new ArrayList<>(milestones.findByRoadmap(roadmapId));
        if (all.size() >= MilestoneInput.MAX_MILESTONES) {
            throw ProblemException.conflict("The roadmap already has " + MilestoneInput.MAX_MILESTONES + " milestones, the most it may have.");
        }
        int position = input.position() == null ? all.size() + 1 : input.position();
        if (position > all.size() + 1) {
            throw ProblemException.invalidField("position", "must be at most " + (all.size() + 1) + ", right after the last of the "
                    + all.size() + " milestones");
        }
        organisations.requireKnown("responsibleOrganisationId", input.responsibleOrganisationId());
        MilestoneStatus status = input.status() == null ? MilestoneStatus.PLANNED : input.status();
        checkCompletion(status, input.completedOn(), "completedOn");
        Milestone milestone = new Milestone();
        milestone.roadmap = roadmap;
        milestone.status = status;
        milestone.completedOn = input.completedOn();
        RoadmapMapper.apply(input, milestone);
        all.add(position - 1, milestone);
        renumber(all);
        milestones.persist(milestone);
        roadmaps.record(roadmap, milestone, null, status.name(), actor, null, null);
        roadmaps.milestonesChanged(roadmap, actor, null);
        milestones.flush();
        return RoadmapMapper.toDto(milestone);
    }

    @Transactional
    public MilestoneDto patch(UUID roadmapId, UUID id, IfMatch ifMatch, JsonNode patch, String actor) {
        Roadmap roadmap = roadmaps.lock(roadmapId);
        Milestone milestone = find(roadmapId, id);
        ifMatch.check(milestone.version());
        MilestoneInput current = RoadmapMapper.toInput(milestone);
        MilestoneInput input = mergePatch.apply(current, patch, MilestoneInput.class);
        if (input.equals(current)) {
            return RoadmapMapper.toDto(milestone); // a patch that changes nothing leaves the versions as they are
        }
        RoadmapService.requireOpen(roadmap, "milestones are changed");
        List<Milestone> all = new ArrayList<>(milestones.findByRoadmap(roadmapId));
        int position = input.position() == null ? milestone.position : input.position();
        if (position > all.size()) {
            throw ProblemException.invalidField("position", "must be at most " + all.size() + ", the number of milestones");
        }
        organisations.requireKnown("responsibleOrganisationId", input.responsibleOrganisationId());
        MilestoneStatus status = input.status() == null ? MilestoneStatus.PLANNED : input.status();
        changeStatus(roadmap, milestone, status, input.completedOn(), actor, null, null, "");
        RoadmapMapper.apply(input, milestone);
        all.remove(milestone);
        all.add(position - 1, milestone);
        renumber(all);
        roadmaps.milestonesChanged(roadmap, actor, null);
        milestones.flush();
        return RoadmapMapper.toDto(milestone);
    }

    /** Deletes a milestone planned by mistake; one a report has updated stays on record (cancel it instead). */
    @Transactional
    public void delete(UUID roadmapId, UUID id, IfMatch ifMatch, String actor) {
        Roadmap roadmap = roadmaps.lock(roadmapId);
        Milestone milestone = find(roadmapId, id);
        ifMatch.check(milestone.version());
        RoadmapService.requireOpen(roadmap, "milestones are deleted");
        if (events.count("roadmapId = ?1 and milestoneId = ?2 and reportId is not null", roadmapId, id) > 0) {
            throw ProblemException.conflict("Milestone '" + id + "' was reported on and stays on record; set its status to "
                    + "CANCELLED instead.");
        }
        List<Milestone> all = new ArrayList<>(milestones.findByRoadmap(roadmapId));
        all.remove(milestone);
        milestones.delete(milestone);
        renumber(all);
        roadmaps.milestonesChanged(roadmap, actor, null);
        milestones.flush();
    }

    /**
     * Moves a milestone to a status, checking the move and the completion date, and records it on
     * the timeline. A report that leaves the status as it was is recorded too (from equals to, with
     * its note), so that the timeline shows every report on the milestone, and the milestone stays
     * on record; an edit that leaves it is not. For a report's update, the field prefix names the
     * update in a problem (such as {@code milestoneUpdates[2].}).
     */
    void changeStatus(Roadmap roadmap, Milestone milestone, MilestoneStatus to, LocalDate completedOn, String actor, UUID reportId,
            LanguageMap note, String field) {
        checkCompletion(to, completedOn, field + "completedOn");
        MilestoneStatus from = milestone.status;
        if (to == from) {
            milestone.completedOn = completedOn; // a correction of the day it was done
            if (reportId != null) {
                roadmaps.record(roadmap, milestone, from.name(), to.name(), actor, reportId, note);
            }
            return;
        }
        if (!from.next().contains(to)) {
            throw ProblemException.conflict("Milestone '" + milestone.id + "' is " + from + "; it can go to "
                    + from.next().stream().map(Enum::name).collect(Collectors.joining(" or ")) + ", not " + to + ".");
        }
        milestone.status = to;
        milestone.completedOn = completedOn;
        roadmaps.record(roadmap, milestone, from.name(), to.name(), actor, reportId, note);
    }

    Milestone find(UUID roadmapId, UUID id) {
        return milestones.find("id = ?1 and roadmap.id = ?2", id, roadmapId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Milestone", id));
    }

    /** For a report's update, where the milestone is named in the body: none of the roadmap's is a 400 naming the field. */
    Milestone find(UUID roadmapId, UUID id, String field) {
        return milestones.find("id = ?1 and roadmap.id = ?2", id, roadmapId).firstResultOptional()
                .orElseThrow(() -> ProblemException.invalidField(field, "is not the id of a milestone of this roadmap"));
    }

    /** completedOn exactly when DONE, and not in the future. */
    private static void checkCompletion(MilestoneStatus status, LocalDate completedOn, String field) {
        if (status == MilestoneStatus.DONE && completedOn == null) {
            throw ProblemException.invalidField(field, "is required when the status is DONE");
        }
        if (status != MilestoneStatus.DONE && completedOn != null) {
            throw ProblemException.invalidField(field, "must be absent unless the status is DONE");
        }
        if (completedOn != null && RoadmapService.inTheFuture(completedOn)) {
            throw ProblemException.invalidField(field, "must not be in the future");
        }
    }

    /** Positions 1 to n in list order; only the milestones whose position changes are written. */
    private static void renumber(List<Milestone> all) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).position != i + 1) {
                all.get(i).position = i + 1;
            }
        }
    }
}
