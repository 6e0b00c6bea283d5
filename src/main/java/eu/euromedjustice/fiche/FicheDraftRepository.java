package eu.euromedjustice.fiche;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FicheDraftRepository implements PanacheRepositoryBase<FicheDraft, UUID> {

    /** The draft of a fiche with the fiche it belongs to, in one query: a GET of the draft is one statement. */
    public Optional<FicheDraft> findByKey(String countryCode, String measureCode) {
        return find("from FicheDraft draft join fetch draft.fiche fiche where fiche.countryCode = ?1 and fiche.measureCode = ?2",
                countryCode, measureCode).firstResultOptional();
    }
}
