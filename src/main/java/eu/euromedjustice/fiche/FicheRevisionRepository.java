package eu.euromedjustice.fiche;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FicheRevisionRepository implements PanacheRepositoryBase<FicheRevision, UUID> {

    private static final Keyset<FicheRevision> BY_NUMBER = Keyset.of(
            Keyset.key("number", Integer::valueOf, revision -> revision.number));

    /** A fiche's revisions, oldest first. */
    public Page<FicheRevision> findPage(UUID ficheId, PageRequest page) {
        return KeysetQuery.of(BY_NUMBER, page).and("ficheId = :fiche", "fiche", ficheId).fetch(this);
    }

    public Optional<FicheRevision> find(UUID ficheId, int number) {
        return find("ficheId = ?1 and number = ?2", ficheId, number).firstResultOptional();
    }

    /** The revision valid on the day: valid from that day or before, and not yet replaced or archived. */
    public Optional<FicheRevision> findValidOn(UUID ficheId, LocalDate day) {
        return find("ficheId = ?1 and validFrom <= ?2 and (validUntil is null or validUntil > ?2) order by number desc", ficheId, day)
                .firstResultOptional();
    }
}
