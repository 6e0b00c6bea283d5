package eu.euromedjustice.reference;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.KeysetQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ExpertGroupRepository implements PanacheRepositoryBase<ExpertGroup, String> {

    /** Expert groups in code order after the given code, optionally only those changed since an instant. */
    public List<ExpertGroup> findPage(Instant updatedSince, String afterCode, int size) {
        KeysetQuery query = KeysetQuery.orderedBy("code")
                .and("updatedAt >= :since", "since", updatedSince)
                .after(afterCode);
        return find(query.hql(), query.parameters()).page(0, size).list();
    }
}
