package eu.euromedjustice.member;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.SearchText;
import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;
import org.hibernate.annotations.UuidGenerator;

/**
 * A member of the directory (Popolo's Person). Its personal fields leave the service only through
 * {@link PersonVisibility}, which decides per caller what may be seen.
 */
@Entity
public class Person extends VersionedEntity implements Tracked {

    /** Longest folded name kept as a sort key; longer names sort by their beginning, then by id. */
    static final int SORT_KEY_LENGTH = 100;

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @Column(name = "given_name", nullable = false)
    String givenName;

    @Column(name = "family_name", nullable = false)
    String familyName;

    @Column(name = "honorific_prefix")
    String honorificPrefix;

    @Column(name = "country_code")
    String countryCode;

    @Column(name = "organisation_id")
    UUID organisationId;

    LanguageMap position;

    /** Expertise tags as a {@link eu.euromedjustice.common.persistence.TagColumn}. */
    @Column(nullable = false)
    String expertise = "";

    /** BCP 47 tags in the member's order of preference, as a {@link eu.euromedjustice.common.persistence.TagColumn}. */
    @Column(nullable = false)
    String languages = "";

    String email;

    String phone;

    @Column(name = "contact_consent", nullable = false)
    boolean contactConsent;

    LanguageMap biography;

    @Column(name = "family_key", nullable = false)
    String familyKey;

    @Column(name = "given_key", nullable = false)
    String givenKey;

    @Column(name = "search_name", nullable = false)
    String searchName;

    /** When the personal data was erased; the record stays as "former member" for what refers to it. */
    @Column(name = "erased_at")
    Instant erasedAt;

    /** The account that erased it. */
    @Column(name = "erased_by")
    UUID erasedBy;

    boolean isErased() {
        return erasedAt != null;
    }

    @PrePersist
    @PreUpdate
    void indexNames() {
        familyKey = SearchText.sortKey(familyName, SORT_KEY_LENGTH);
        givenKey = SearchText.sortKey(givenName, SORT_KEY_LENGTH);
        searchName = SearchText.fold(givenName + " " + familyName);
    }

    @Override
    public EntityType entityType() {
        return EntityType.MEMBER;
    }

    @Override
    public String entityId() {
        return id.toString();
    }

    @Override
    public String path() {
        return "/api/v1/members/" + id;
    }

    @Override
    public UUID personId() {
        return id;
    }
}
