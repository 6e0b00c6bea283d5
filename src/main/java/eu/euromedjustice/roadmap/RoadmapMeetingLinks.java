package eu.euromedjustice.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.meeting.MeetingRoadmaps;

/**
 * What a meeting's GET lists of roadmaps: those adopted at it and the reports given at it. Only
 * adopted roadmaps have either (a draft names no meeting, and is not reported on), so everyone who
 * may read the meeting may see these.
 */
@ApplicationScoped
public class RoadmapMeetingLinks implements MeetingRoadmaps {

    private static final Comparator<GivenReport> BY_COUNTRY = Comparator.comparing(GivenReport::countryCode,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(GivenReport::id);

    private final EntityManager entityManager;

    public RoadmapMeetingLinks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Links of(UUID meetingId) {
        // one statement for both lists: a meeting's GET costs one query per part
        List<Object[]> rows = entityManager.createQuery("select 'A', r.id, r.title, r.id, r.countryCode from Roadmap r "
                        + "where r.adoptedAtMeetingId = :meeting union all "
                        + "select 'R', p.id, r.title, r.id, r.countryCode from ProgressReport p join p.roadmap r "
                        + "where p.meetingId = :meeting", Object[].class)
                .setParameter("meeting", meetingId).getResultList();
        List<AdoptedRoadmap> adopted = new ArrayList<>();
        List<GivenReport> reports = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[1];
            if ("A".equals(row[0])) {
                adopted.add(new AdoptedRoadmap(id, (LanguageMap) row[2]));
            } else {
                reports.add(new GivenReport(id, (UUID) row[3], (LanguageMap) row[2], (String) row[4]));
            }
        }
        adopted.sort(Comparator.comparing(AdoptedRoadmap::id));
        reports.sort(BY_COUNTRY);
        return new Links(adopted, reports);
    }
}
