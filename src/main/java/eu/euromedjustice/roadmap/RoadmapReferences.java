package eu.euromedjustice.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.persistence.ReferenceCheck;
import eu.euromedjustice.common.persistence.References;
import eu.euromedjustice.meeting.Meeting;
import eu.euromedjustice.member.Person;
import eu.euromedjustice.reference.ExpertGroup;
import eu.euromedjustice.reference.Organisation;

/**
 * Roadmaps refer to their expert group and the meeting that adopted them, milestones to the
 * organisation responsible, and reports to their meeting and the member who reported.
 */
@ApplicationScoped
public class RoadmapReferences implements ReferenceCheck {

    private final RoadmapRepository roadmaps;
    private final MilestoneRepository milestones;
    private final ProgressReportRepository reports;

    public RoadmapReferences(RoadmapRepository roadmaps, MilestoneRepository milestones, ProgressReportRepository reports) {
        this.roadmaps = roadmaps;
        this.milestones = milestones;
        this.reports = reports;
    }

    @Override
    public List<String> referencesTo(Class<?> target, Object key) {
        if (target == ExpertGroup.class) {
            return References.counted(roadmaps.count("expertGroupCode", key), "roadmap", "roadmaps");
        }
        if (target == Organisation.class) {
            return References.counted(milestones.countByOrganisation((UUID) key), "roadmap milestone it is responsible for",
                    "roadmap milestones it is responsible for");
        }
        if (target == Person.class) {
            return References.counted(reports.count("reportedByMemberId", key), "roadmap progress report",
                    "roadmap progress reports");
        }
        if (target == Meeting.class) {
            List<String> referrers = new ArrayList<>(References.counted(roadmaps.count("adoptedAtMeetingId", key),
                    "roadmap adopted at it", "roadmaps adopted at it"));
            referrers.addAll(References.counted(reports.count("meetingId", key), "roadmap progress report given at it",
                    "roadmap progress reports given at it"));
            return referrers;
        }
        return List.of();
    }
}
