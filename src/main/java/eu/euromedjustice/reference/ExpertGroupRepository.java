package eu.euromedjustice.reference;

import java.time.Instant;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ExpertGroupRepository implements PanacheRepositoryBase<ExpertGroup, String> {

    private static final Keyset<ExpertGroup> BY_CODE = Keyset.of(Keyset.key("code", Function.identity(), group -> group.code));
    /** For sync: in the order of change, served by the (updated_at, code) index. */
    private static final Keyset<ExpertGroup> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, ExpertGroup::updatedAt),
            Keyset.key("code", Function.identity(), group -> group.code));

    /** Expert groups in code order; those changed since an instant in the order of change. */
    public Page<ExpertGroup> findPage(Instant updatedSince, PageRequest page) {
        return KeysetQuery.of(updatedSince == null ? BY_CODE : BY_CHANGE, page)
                .and("updatedAt >= :since", "since", updatedSince)
                .fetch(this);
    }
}
