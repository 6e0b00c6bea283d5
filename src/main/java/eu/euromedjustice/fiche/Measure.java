package eu.euromedjustice.fiche;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.SearchText;
import eu.euromedjustice.common.persistence.TagColumn;
import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;

/** A judicial-cooperation measure of the catalogue, such as A.11, interception of telecommunications. */
@Entity
public class Measure extends VersionedEntity implements Tracked {

    @Id
    String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Theme theme;

    @Column(nullable = false)
    LanguageMap title;

    LanguageMap description;

    /** Related measure codes (TagColumn). */
    @Column(name = "related_codes", nullable = false)
    String relatedCodes = "";

    @Column(name = "search_text", nullable = false)
    String searchText;

    @PrePersist
    @PreUpdate
    void indexText() {
        Stream<String> texts = Stream.concat(Stream.of(code), title.texts().values().stream());
        if (description != null) {
            texts = Stream.concat(texts, description.texts().values().stream());
        }
        searchText = SearchText.fold(texts.collect(Collectors.joining("\n")));
    }

    List<String> relatedCodes() {
        return TagColumn.decode(relatedCodes);
    }

    @Override
    public EntityType entityType() {
        return EntityType.MEASURE;
    }

    @Override
    public String entityId() {
        return code;
    }

    @Override
    public String path() {
        return "/api/v1/measures/" + code;
    }
}
