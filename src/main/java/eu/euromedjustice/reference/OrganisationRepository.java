package eu.euromedjustice.reference;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.i18n.SearchText;
import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    private static final Keyset<Organisation> BY_ID = Keyset.of(Keyset.key("id", UUID::fromString, organisation -> organisation.id));
    /** For sync: in the order of change, served by the (updated_at, id) index. */
    private static final Keyset<Organisation> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, Organisation::updatedAt),
            Keyset.key("id", UUID::fromString, organisation -> organisation.id));

    /** Organisations in id (creation) order, narrowed by the optional filters; with updatedSince in the order of change. */
    public Page<Organisation> findPage(OrganisationFilter filter, PageRequest page) {
        String text = filter.text() == null ? null : "%" + SearchText.escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%";
        return KeysetQuery.of(filter.updatedSince() == null ? BY_ID : BY_CHANGE, page)
                .and("type = :type", "type", filter.type())
                .and("countryCode = :country", "country", filter.countryCode())
                .and("searchText like :text escape '\\'", "text", text)
                .and("updatedAt >= :since", "since", filter.updatedSince())
                .fetch(this);
    }
}
