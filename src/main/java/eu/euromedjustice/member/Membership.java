package eu.euromedjustice.member;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;
import org.hibernate.annotations.UuidGenerator;

/** A person's role in an expert group for a period (Popolo's Membership); part of its member. */
@Entity
public class Membership extends VersionedEntity implements Tracked {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @Column(name = "person_id", nullable = false, updatable = false)
    UUID personId;

    @Column(name = "expert_group_code", nullable = false)
    String expertGroupCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MembershipRole role;

    /** Whom the person represents: a country or an organisation, or neither. */
    @Column(name = "on_behalf_country_code")
    String onBehalfCountryCode;

    @Column(name = "on_behalf_organisation_id")
    UUID onBehalfOrganisationId;

    @Column(name = "start_date", nullable = false)
    LocalDate startDate;

    /** Null while the membership lasts. */
    @Column(name = "end_date")
    LocalDate endDate;

    /** True when the two periods share a day; an open end lasts for ever. */
    boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        return (otherEnd == null || !startDate.isAfter(otherEnd)) && (endDate == null || !otherStart.isAfter(endDate));
    }

    @Override
    public EntityType entityType() {
        return EntityType.MEMBERSHIP;
    }

    @Override
    public String entityId() {
        return id.toString();
    }

    @Override
    public String path() {
        return "/api/v1/members/" + personId + "/memberships/" + id;
    }

    @Override
    public UUID personId() {
        return personId;
    }
}
