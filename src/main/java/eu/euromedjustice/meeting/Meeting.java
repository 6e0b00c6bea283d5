package eu.euromedjustice.meeting;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.SearchText;
import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;
import org.hibernate.annotations.UuidGenerator;

/** A session of an expert group. Its agenda items, participants and documents are parts of it. */
@Entity
public class Meeting extends VersionedEntity implements Tracked {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @Column(name = "expert_group_code", nullable = false)
    String expertGroupCode;

    @Column(name = "session_number")
    Integer sessionNumber;

    @Column(nullable = false)
    LanguageMap title;

    LanguageMap summary;

    LanguageMap outcomes;

    @Column(name = "start_date", nullable = false)
    LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    LocalDate endDate;

    @Column(name = "time_zone", nullable = false)
    String timeZone;

    String venue;

    String city;

    @Column(name = "country_code")
    String countryCode;

    @Column(name = "host_organisation_id")
    UUID hostOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MeetingFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MeetingStatus status;

    /** Topic tags as a {@link eu.euromedjustice.common.persistence.TagColumn}. */
    @Column(nullable = false)
    String topics = "";

    @Column(name = "search_title", nullable = false)
    String searchTitle;

    @PrePersist
    @PreUpdate
    void indexTitle() {
        searchTitle = title.texts().values().stream().map(SearchText::fold).collect(Collectors.joining("\n"));
    }

    @Override
    public EntityType entityType() {
        return EntityType.MEETING;
    }

    @Override
    public String entityId() {
        return id.toString();
    }

    @Override
    public String path() {
        return "/api/v1/meetings/" + id;
    }
}
