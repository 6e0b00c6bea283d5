package eu.euromedjustice.reference;

import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;
import org.hibernate.annotations.UuidGenerator;

@Entity
public class Organisation extends VersionedEntity implements Tracked {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @Column(nullable = false)
    LanguageMap name;

    String acronym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrganisationType type;

    @Column(name = "country_code")
    String countryCode;

    String website;

    /** Lower-cased acronym and names, so that the free-text filter is one portable LIKE. */
    @Column(name = "search_text", nullable = false)
    String searchText;

    @PrePersist
    @PreUpdate
    void indexText() {
        StringBuilder text = new StringBuilder(acronym == null ? "" : acronym);
        name.texts().values().forEach(value -> text.append('\n').append(value));
        searchText = text.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public EntityType entityType() {
        return EntityType.ORGANISATION;
    }

    @Override
    public String entityId() {
        return id.toString();
    }

    @Override
    public String path() {
        return "/api/v1/organisations/" + id;
    }
}
