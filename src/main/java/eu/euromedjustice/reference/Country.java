package eu.euromedjustice.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.persistence.VersionedEntity;

/** Reference data, seeded by migration: labels are data, not code. */
@Entity
public class Country extends VersionedEntity {

    @Id
    String code;

    @Column(nullable = false)
    LanguageMap name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Region region;
}
