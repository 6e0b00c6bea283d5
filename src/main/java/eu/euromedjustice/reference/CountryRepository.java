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
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    private static final Keyset<Country> BY_CODE = Keyset.of(Keyset.key("code", Function.identity(), country -> country.code));
    /** For sync: in the order of change, served by the (updated_at, code) index. */
    private static final Keyset<Country> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, Country::updatedAt),
            Keyset.key("code", Function.identity(), country -> country.code));

    /** Countries in code order, optionally of one region; those changed since an instant in the order of change. */
    public Page<Country> findPage(Region region, Instant updatedSince, PageRequest page) {
        return KeysetQuery.of(updatedSince == null ? BY_CODE : BY_CHANGE, page)
                .and("region = :region", "region", region)
                .and("updatedAt >= :since", "since", updatedSince)
                .fetch(this);
    }
}
