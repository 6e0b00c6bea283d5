package eu.euromedjustice.reference;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.KeysetQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    /** Organisations in id (creation) order after the given id, narrowed by the optional filters. */
    public List<Organisation> findPage(OrganisationFilter filter, UUID afterId, int size) {
        String text = filter.text() == null ? null : "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%";
        KeysetQuery query = KeysetQuery.orderedBy("id")
                .and("type = :type", "type", filter.type())
                .and("countryCode = :country", "country", filter.countryCode())
                .and("searchText like :text escape '\\'", "text", text)
                .and("updatedAt >= :since", "since", filter.updatedSince())
                .after(afterId);
        return find(query.hql(), query.parameters()).page(0, size).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
