package eu.euromedjustice.member;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.euromedjustice.common.i18n.SearchText;
import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.persistence.TagColumn;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** Family name, given name (both folded), then id: stable whatever the names, served by person_name_idx. */
    private static final Keyset<Person> BY_NAME = Keyset.of(
            Keyset.key("familyKey", key -> key, person -> person.familyKey),
            Keyset.key("givenKey", key -> key, person -> person.givenKey),
            Keyset.key("id", UUID::fromString, person -> person.id));
    /** For sync: in the order of change, served by the (updated_at, id) index. */
    private static final Keyset<Person> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, Person::updatedAt),
            Keyset.key("id", UUID::fromString, person -> person.id));

    public Page<Person> findPage(MemberFilter filter, PageRequest page) {
        Condition membership = membership(filter);
        Condition name = name(filter.text());
        return KeysetQuery.of(filter.updatedSince() == null ? BY_NAME : BY_CHANGE, page)
                .and("countryCode = :country", "country", filter.countryCode())
                .and("organisationId = :organisation", "organisation", filter.organisationId())
                .and("expertise like :expertise escape '\\'", "expertise",
                        filter.expertise() == null ? null : TagColumn.containing(filter.expertise().name()))
                .and("(languages like :language escape '\\' or languages like :languageVariant escape '\\')",
                        filter.language() == null ? Map.of() : Map.of("language", TagColumn.containing(filter.language()),
                                "languageVariant", TagColumn.containingPrefix(filter.language() + "-")))
                .and(membership.clause(), membership.parameters())
                .and(name.clause(), name.parameters())
                .and("updatedAt >= :since", "since", filter.updatedSince())
                .fetch(this);
    }

    /** The person, its row locked until the transaction ends: writes to a member and its memberships queue here. */
    public Optional<Person> findLocked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public long countByOrganisation(UUID organisationId) {
        return count("organisationId", organisationId);
    }

    /** One membership meets all the membership filters given. */
    private static Condition membership(MemberFilter filter) {
        StringBuilder clause = new StringBuilder("id in (select m.personId from Membership m where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.expertGroup() != null) {
            clause.append(" and m.expertGroupCode = :group");
            parameters.put("group", filter.expertGroup());
        }
        if (filter.role() != null) {
            clause.append(" and m.role = :role");
            parameters.put("role", filter.role());
        }
        if (filter.activeOn() != null) {
            clause.append(" and m.startDate <= :activeOn and (m.endDate is null or m.endDate >= :activeOn)");
            parameters.put("activeOn", filter.activeOn());
        }
        return new Condition(clause.append(")").toString(), parameters);
    }

    /** Every word of the search is part of the given or family name. */
    private static Condition name(String text) {
        List<String> words = text == null ? List.of() : SearchText.wordPatterns(text);
        StringBuilder clause = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            clause.append(" and searchName like :word").append(i).append(" escape '\\'");
            parameters.put("word" + i, words.get(i));
        }
        return new Condition(clause.toString(), parameters);
    }

    /** A filter condition and its parameters; skipped by KeysetQuery when it has none. */
    private record Condition(String clause, Map<String, Object> parameters) {
    }
}
