package eu.euromedjustice.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.Audience;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;
import org.hibernate.annotations.UuidGenerator;

/**
 * A roadmap of an expert group, for one country or (without one) for the region. Its row is the
 * lock of every write to it, its milestones and its reports; its version moves on with each,
 * since it embeds its milestones and shows their progress.
 */
@Entity
public class Roadmap extends VersionedEntity implements Tracked {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @Column(name = "expert_group_code", nullable = false)
    String expertGroupCode;

    @Column(name = "country_code")
    String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    RoadmapTopic topic;

    @Column(nullable = false)
    LanguageMap title;

    LanguageMap objective;

    @Convert(converter = PrinciplesConverter.class)
    @Column(nullable = false)
    List<LanguageMap> principles = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    RoadmapStatus status;

    @Column(name = "adopted_at_meeting_id")
    UUID adoptedAtMeetingId;

    @Column(name = "parent_roadmap_id")
    UUID parentRoadmapId;

    /** Milestones that are not cancelled. */
    @Column(name = "milestones_counted", nullable = false)
    int milestonesCounted;

    @Column(name = "milestones_done", nullable = false)
    int milestonesDone;

    /** Done milestones over those not cancelled, in percent with one decimal; null without any. */
    BigDecimal progress() {
        if (milestonesCounted == 0) {
            return null;
        }
        return BigDecimal.valueOf(milestonesDone * 100L).divide(BigDecimal.valueOf(milestonesCounted), 1, RoundingMode.HALF_UP);
    }

    @Override
    public EntityType entityType() {
        return EntityType.ROADMAP;
    }

    @Override
    public String entityId() {
        return id.toString();
    }

    @Override
    public String path() {
        return "/api/v1/roadmaps/" + id;
    }

    @Override
    public Audience audience() {
        return status.audience();
    }
}
