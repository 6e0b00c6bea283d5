package eu.euromedjustice.sync;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ChangeRepository implements PanacheRepositoryBase<ChangeEntry, Long> {

    /** The last sequence number committed; every entry up to it is committed too. */
    public long lastSeq() {
        return ((Number) getEntityManager().createNativeQuery("select last_seq from change_counter where id = 1")
                .getSingleResult()).longValue();
    }

    /** Up to {@code limit} entries after one position and up to another, of the given types and audiences, in order. */
    public List<ChangeEntry> between(long after, long upTo, Collection<EntityType> types, Collection<Audience> audiences, int limit) {
        return find("seq > :after and seq <= :upTo and entityType in :types and audience in :audiences", Sort.by("seq"),
                Parameters.with("after", after).and("upTo", upTo).and("types", types).and("audiences", audiences))
                .range(0, limit - 1).list();
    }
}
