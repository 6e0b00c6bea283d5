package eu.euromedjustice.reference;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ExpertGroupRepository implements PanacheRepositoryBase<ExpertGroup, String> {

    /** Expert groups in code order after the given code, optionally only those changed since an instant. */
    public List<ExpertGroup> findPage(Instant updatedSince, String afterCode, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
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
