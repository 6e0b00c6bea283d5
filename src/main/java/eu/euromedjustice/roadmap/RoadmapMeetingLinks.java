package eu.euromedjustice.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import eu.euromedjustice.common.i18n.LanguageMapConverter;
import eu.euromedjustice.meeting.MeetingRoadmaps;

/**
 * What a meeting's GET lists of roadmaps: those adopted at it and the reports given at it. Only
 * adopted roadmaps have either (a draft names no meeting, and is not reported on), so everyone who
 * may read the meeting may see these.
 */
@ApplicationScoped
public class RoadmapMeetingLinks implements MeetingRoadmaps {

    private static final LanguageMapConverter TITLES = new LanguageMapConverter();
    private static final Comparator<GivenReport> BY_COUNTRY = Comparator.comparing(GivenReport::countryCode,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(GivenReport::id);

    private final EntityManager entityManager;

    public RoadmapMeetingLinks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Links of(UUID meetingId) {
        // one statement for both lists: a meeting's GET costs one query per part
        List<Object[]> rows = entityManager.createNativeQuery("select 'A', r.id, r.title, r.id, r.country_code from roadmap r "
                        + "where r.adopted_at_meeting_id = ?1 union all "
                        + "select 'R', p.id, r.title, r.id, r.country_code from progress_report p join roadmap r on r.id = p.roadmap_id "
                        + "where p.meeting_id = ?1")
                .setParameter(1, meetingId).getResultList();
        List<AdoptedRoadmap> adopted = new ArrayList<>();
        List<GivenReport> reports = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[1];
            if ("A".equals(row[0])) {
                adopted.add(new AdoptedRoadmap(id, TITLES.convertToEntityAttribute((String) row[2])));
            } else {
                reports.add(new GivenReport(id, (UUID) row[3], TITLES.convertToEntityAttribute((String) row[2]), (String) row[4]));
            }
        }
        adopted.sort(Comparator.comparing(AdoptedRoadmap::id));
        reports.sort(BY_COUNTRY);
        return new Links(adopted, reports);
    }
}
