package eu.euromedjustice.reference;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    /** Countries in code order after the given code, optionally of one region or changed since an instant. */
    public List<Country> findPage(Region region, Instant updatedSince, String afterCode, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (region != null) {
            query.append(" and region = :region");
            params.put("region", region);
        }
        if (updatedSince != null) {
            query.append(" and updatedAt >= :since");
            params.put("since", updatedSince);
        }
        if (afterCode != null) {
            query.append(" and code > :after");
            params.put("after", afterCode);
        }
        return find(query + " order by code", params).page(0, size).list();
    }
}
