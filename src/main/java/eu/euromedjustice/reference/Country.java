package eu.euromedjustice.reference;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import eu.euromedjustice.common.LanguageMap;

/** Reference data, seeded by migration: labels are data, not code. */
@Entity
public class Country {

    @Id
    String code;

    @Column(nullable = false)
    LanguageMap name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Region region;

    @Version
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
