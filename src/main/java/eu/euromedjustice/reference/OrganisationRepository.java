package eu.euromedjustice.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    /** Organisations in id (creation) order after the given id, narrowed by the optional filters. */
    public List<Organisation> findPage(OrganisationFilter filter, UUID afterId, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.type() != null) {
            query.append(" and type = :type");
            params.put("type", filter.type());
        }
        if (filter.countryCode() != null) {
            query.append(" and countryCode = :country");
            params.put("country", filter.countryCode());
        }
        if (filter.text() != null) {
            query.append(" and searchText like :text escape '\\'");
            params.put("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.updatedSince() != null) {
            query.append(" and updatedAt >= :since");
            params.put("since", filter.updatedSince());
        }
        if (afterId != null) {
            query.append(" and id > :after");
            params.put("after", afterId);
        }
        return find(query + " order by id", params).page(0, size).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
