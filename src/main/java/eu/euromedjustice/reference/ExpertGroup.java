package eu.euromedjustice.reference;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;

@Entity
@Table(name = "expert_group")
public class ExpertGroup extends VersionedEntity implements Tracked {

    @Id
    String code;

    @Column(nullable = false)
    LanguageMap name;

    LanguageMap mandate;

    @Column(name = "start_date")
    LocalDate startDate;

    @Column(name = "end_date")
    LocalDate endDate;

    @Column(name = "parent_programme")
    String parentProgramme;

    @Override
    public EntityType entityType() {
        return EntityType.EXPERT_GROUP;
    }

    @Override
    public String entityId() {
        return code;
    }

    @Override
    public String path() {
        return "/api/v1/expert-groups/" + code;
    }
}
