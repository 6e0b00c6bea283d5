package eu.euromedjustice.reference;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.KeysetQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    /** Countries in code order after the given code, optionally of one region or changed since an instant. */
    public List<Country> findPage(Region region, Instant updatedSince, String afterCode, int size) {
        KeysetQuery query = KeysetQuery.orderedBy("code")
                .and("region = :region", "region", region)
                .and("updatedAt >= :since", "since", updatedSince)
                .after(afterCode);
        return find(query.hql(), query.parameters()).page(0, size).list();
    }
}
