package eu.euromedjustice.reference;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.persistence.VersionedEntity;

@Entity
@Table(name = "expert_group")
public class ExpertGroup extends VersionedEntity {

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
}
