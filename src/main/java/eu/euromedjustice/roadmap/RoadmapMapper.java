package eu.euromedjustice.roadmap;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Entity to record and back for roadmaps and their parts: the one place that copies fields. */
final class RoadmapMapper {

    private RoadmapMapper() {
    }

    /** The roadmap; milestones are null in lists, where they are left out. */
    static RoadmapDto toDto(Roadmap roadmap, List<MilestoneDto> milestones) {
        return new RoadmapDto(roadmap.id, roadmap.expertGroupCode, roadmap.countryCode, roadmap.topic, roadmap.title,
                roadmap.objective, roadmap.principles, roadmap.status, roadmap.adoptedAtMeetingId, roadmap.parentRoadmapId,
                roadmap.progress(), milestones, roadmap.version(), roadmap.createdAt(), roadmap.updatedAt());
    }

    static RoadmapInput toInput(Roadmap roadmap) {
        return new RoadmapInput(roadmap.expertGroupCode, roadmap.countryCode, roadmap.topic, roadmap.title, roadmap.objective,
                roadmap.principles, roadmap.status, roadmap.adoptedAtMeetingId, roadmap.parentRoadmapId);
    }

    /** The input as the roadmap would read back after it: the status given, principles a list. */
    static RoadmapInput normalised(RoadmapInput input, RoadmapStatus status) {
        return new RoadmapInput(input.expertGroup(), input.countryCode(), input.topic(), input.title(), input.objective(),
                input.principles() == null ? List.of() : input.principles(), status, input.adoptedAtMeetingId(),
                input.parentRoadmapId());
    }

    /** Everything but the status, whose change the service checks and records. */
    static void apply(RoadmapInput input, Roadmap roadmap) {
        roadmap.expertGroupCode = input.expertGroup();
        roadmap.countryCode = input.countryCode();
        roadmap.topic = input.topic();
        roadmap.title = input.title();
        roadmap.objective = input.objective();
        roadmap.principles = input.principles() == null ? List.of() : List.copyOf(input.principles());
        roadmap.adoptedAtMeetingId = input.adoptedAtMeetingId();
        roadmap.parentRoadmapId = input.parentRoadmapId();
    }

    static MilestoneDto toDto(Milestone milestone) {
        return new MilestoneDto(milestone.id, milestone.roadmap.id, milestone.position, milestone.title, milestone.description,
                milestone.responsibleOrganisationId, milestone.dueDate, milestone.status, milestone.completedOn,
                milestone.version(), milestone.createdAt(), milestone.updatedAt());
    }

    static MilestoneInput toInput(Milestone milestone) {
        return new MilestoneInput(milestone.position, milestone.title, milestone.description, milestone.responsibleOrganisationId,
                milestone.dueDate, milestone.status, milestone.completedOn);
    }

    /** Everything but the position, which the service assigns, and the status, whose change it checks and records. */
    static void apply(MilestoneInput input, Milestone milestone) {
        milestone.title = input.title();
        milestone.description = input.description();
        milestone.responsibleOrganisationId = input.responsibleOrganisationId();
        milestone.dueDate = input.dueDate();
    }

    static ProgressReportDto toDto(ProgressReport report) {
        return new ProgressReportDto(report.id, report.roadmap.id, report.meetingId, report.reportedOn, report.reportedByMemberId,
                report.summary, report.milestoneUpdates, report.createdBy, report.version(), report.createdAt());
    }

    /** The entry with its report's meeting and day, when a report caused it. */
    static RoadmapEventDto toDto(RoadmapEvent event, Map<UUID, ProgressReport> reports) {
        ProgressReport report = event.reportId == null ? null : reports.get(event.reportId);
        return new RoadmapEventDto(event.id, event.occurredAt, event.actor,
                event.milestoneId == null ? RoadmapEventDto.Subject.ROADMAP : RoadmapEventDto.Subject.MILESTONE,
                event.milestoneId, event.milestoneTitle, event.fromStatus, event.toStatus, event.reportId,
                report == null ? null : report.meetingId, report == null ? null : report.reportedOn, event.note);
    }
}
