package eu.euromedjustice.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.persistence.VersionedEntity;

/**
 * Reference data, seeded by migration: labels are data, not code. Nothing in the API changes a
 * country, so a migration that does must also move its version and updated_at on: its ETag, the
 * ETags of the list pages it is on and updatedSince rest on them.
 */
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
