package eu.euromedjustice.fiche;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.persistence.TagColumn;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, String> {

    private static final Keyset<Measure> BY_CODE = Keyset.of(Keyset.key("code", code -> code, measure -> measure.code));
    /** For sync: in the order of change, served by the (updated_at, code) index. */
    private static final Keyset<Measure> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, Measure::updatedAt),
            Keyset.key("code", code -> code, measure -> measure.code));

    /** Measures in code order, narrowed by the optional filters; with updatedSince in the order of change. */
    public Page<Measure> findPage(MeasureFilter filter, PageRequest page) {
        return KeysetQuery.of(filter.updatedSince() == null ? BY_CODE : BY_CHANGE, page)
                .and("theme = :theme", "theme", filter.theme())
                .andWords("searchText", filter.text())
                .and("updatedAt >= :since", "since", filter.updatedSince())
                .fetch(this);
    }

    public List<Measure> findByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1", codes);
    }

    /** Measures that name this one among their related measures. */
    public List<String> codesRelatedTo(String code) {
        // one column by JPQL: Panache's project(String.class) takes String for a DTO and fails at run time
        return getEntityManager().createQuery("select m.code from Measure m where m.relatedCodes like :tag escape '\\' "
                + "order by m.code", String.class).setParameter("tag", TagColumn.containing(code)).getResultList();
    }
}
