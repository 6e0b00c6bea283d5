package eu.euromedjustice.fiche;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

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

    /** The version of a published fiche's revision, found by the fiche's key: what a conditional GET compares. */
    public Optional<Long> findVersion(String countryCode, String measureCode, int number) {
        return versions("and r.number = :number", countryCode, measureCode).setParameter("number", number)
                .getResultStream().findFirst();
    }

    /** The version of the revision of a published fiche valid on the day, as {@link #findValidOn} finds it. */
    public Optional<Long> findVersionValidOn(String countryCode, String measureCode, LocalDate day) {
        return versions("and r.validFrom <= :day and (r.validUntil is null or r.validUntil > :day) order by r.number desc",
                countryCode, measureCode).setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    private TypedQuery<Long> versions(String condition, String countryCode, String measureCode) {
        return getEntityManager().createQuery("select r.version from FicheRevision r join Fiche f on f.id = r.ficheId "
                        + "where f.countryCode = :country and f.measureCode = :measure and f.revision is not null " + condition, Long.class)
                .setParameter("country", countryCode).setParameter("measure", measureCode);
    }

    /** Every revision of these fiches. */
    public List<FicheRevision> findOf(Collection<UUID> ficheIds) {
        return ficheIds.isEmpty() ? List.of() : list("ficheId in ?1", ficheIds);
    }

    /** The revision valid on the day: valid from that day or before, and not yet replaced or archived. */
    public Optional<FicheRevision> findValidOn(UUID ficheId, LocalDate day) {
        return find("ficheId = ?1 and validFrom <= ?2 and (validUntil is null or validUntil > ?2) order by number desc", ficheId, day)
                .firstResultOptional();
    }
}
