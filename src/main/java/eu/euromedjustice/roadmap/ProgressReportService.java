package eu.euromedjustice.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.common.problem.ProblemType;
import eu.euromedjustice.meeting.MeetingService;
import eu.euromedjustice.member.MemberService;
import eu.euromedjustice.member.PersonSummaryDto;
import eu.euromedjustice.security.Viewer;

/**
 * Progress reports: what was reported on a roadmap at a meeting, with the milestone updates it
 * applies in the same transaction, all or none. EDITOR and ADMIN report on any roadmap; a MEMBER
 * on the roadmaps of their own country, as themselves.
 */
@ApplicationScoped
public class ProgressReportService {

    public static final String PAGE_SCOPE = "roadmap-reports";

    private final RoadmapService roadmaps;
    private final MilestoneService milestones;
    private final ProgressReportRepository reports;
    private final MeetingService meetings;
    private final MemberService members;

    public ProgressReportService(RoadmapService roadmaps, MilestoneService milestones, ProgressReportRepository reports,
            MeetingService meetings, MemberService members) {
        this.roadmaps = roadmaps;
        this.milestones = milestones;
        this.reports = reports;
        this.meetings = meetings;
        this.members = members;
    }

    public Page<ProgressReportDto> list(UUID roadmapId, Instant updatedSince, Viewer viewer, PageRequest page) {
        roadmaps.visible(roadmapId, viewer);
        return reports.findPage(roadmapId, updatedSince, page).map(RoadmapMapper::toDto);
    }

    public ProgressReportDto get(UUID roadmapId, UUID id, Viewer viewer) {
        roadmaps.visible(roadmapId, viewer);
        return reports.find("id = ?1 and roadmap.id = ?2", id, roadmapId).firstResultOptional().map(RoadmapMapper::toDto)
                .orElseThrow(() -> ProblemException.notFound("Progress report", id));
    }

    /**
     * The version that {@link #get} shows, in one query. When there is none the viewer may see, get
     * answers, so that the problem is the one it always gives (no such roadmap, or no such report).
     */
    public long version(UUID roadmapId, UUID id, Viewer viewer) {
        return RoadmapService.visibleVersion(reports.findVersion(roadmapId, id), viewer)
                .orElseGet(() -> get(roadmapId, id, viewer).version());
    }

    @Transactional
    public ProgressReportDto add(UUID roadmapId, ProgressReportInput input, Viewer viewer, String actor) {
        Roadmap roadmap = roadmaps.lock(roadmapId);
        UUID reporter = reporter(roadmap, input, viewer);
        if (!roadmap.status.adopted()) {
            throw ProblemException.conflict("Roadmap '" + roadmapId + "' is a DRAFT; it is reported on once ADOPTED.");
        }
        RoadmapService.requireOpen(roadmap, "progress is reported");
        MeetingService.Days days = meetings.touch("meetingId", input.meetingId());
        LocalDate reportedOn = input.reportedOn() == null ? days.start() : input.reportedOn();
        if (reportedOn.isBefore(days.start()) || reportedOn.isAfter(days.end())) {
            throw ProblemException.invalidField("reportedOn", "must be one of the meeting's days, " + days.start() + " to " + days.end());
        }
        if (RoadmapService.inTheFuture(reportedOn)) {
            throw ProblemException.invalidField("reportedOn", "must not be in the future: a report is recorded once it is made");
        }
        List<MilestoneUpdate> updates = input.milestoneUpdates() == null ? List.of() : input.milestoneUpdates();
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < updates.size(); i++) {
            Integer earlier = seen.putIfAbsent(updates.get(i).milestoneId(), i);
            if (earlier != null) {
                throw ProblemException.invalidField("milestoneUpdates[" + i + "].milestoneId",
                        "names the milestone of milestoneUpdates[" + earlier + "] again; give each milestone once");
            }
        }
        ProgressReport report = new ProgressReport();
        report.roadmap = roadmap;
        report.meetingId = input.meetingId();
        report.reportedOn = reportedOn;
        report.reportedByMemberId = reporter;
        report.summary = input.summary();
        report.milestoneUpdates = List.copyOf(updates);
        report.createdBy = actor;
        reports.persist(report);
        // every update or none: a refused one throws, and the transaction rolls the others back
        for (int i = 0; i < updates.size(); i++) {
            MilestoneUpdate update = updates.get(i);
            String field = "milestoneUpdates[" + i + "].";
            Milestone milestone = milestones.find(roadmapId, update.milestoneId(), field + "milestoneId");
            milestones.changeStatus(roadmap, milestone, update.status(), update.completedOn(), actor, report.id, update.note(), field);
        }
        roadmaps.milestonesChanged(roadmap, actor, report.id);
        reports.flush();
        return RoadmapMapper.toDto(report);
    }

    /**
     * Who reported: staff may name any member (or none); a MEMBER reports on their own country's
     * roadmaps, as themselves. The member is locked like a reference (and must not be erased)
     * before the meeting, the order every path takes.
     */
    private UUID reporter(Roadmap roadmap, ProgressReportInput input, Viewer viewer) {
        UUID reporter = whoReported(roadmap, input, viewer);
        if (reporter != null) {
            members.requireKnown("reportedByMemberId", reporter);
        }
        return reporter;
    }

    private UUID whoReported(Roadmap roadmap, ProgressReportInput input, Viewer viewer) {
        if (viewer.isStaff()) {
            // their own member, if their account is linked to one, unless they name another
            return input.reportedByMemberId() == null ? viewer.memberId() : input.reportedByMemberId();
        }
        if (viewer.memberId() == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your account is not linked to a member, so it cannot report for a "
                    + "country; ask an administrator to link it.");
        }
        if (input.reportedByMemberId() != null && !viewer.isMember(input.reportedByMemberId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A MEMBER reports as themselves: leave reportedByMemberId out or "
                    + "give your own member id.");
        }
        PersonSummaryDto self = members.summaries(List.of(viewer.memberId()), viewer).get(viewer.memberId());
        if (roadmap.countryCode == null || self == null || !roadmap.countryCode.equals(self.countryCode())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A MEMBER reports on the roadmaps of their own country only; this "
                    + "roadmap is " + (roadmap.countryCode == null ? "regional" : "of " + roadmap.countryCode) + ".");
        }
        return viewer.memberId();
    }
}
