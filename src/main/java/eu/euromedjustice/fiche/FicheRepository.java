package eu.euromedjustice.fiche;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
import eu.euromedjustice.common.persistence.References;
import eu.euromedjustice.common.persistence.TagColumn;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FicheRepository implements PanacheRepositoryBase<Fiche, UUID> {

    /** By country, then measure: served by the unique key's index. */
    private static final Keyset<Fiche> BY_KEY = Keyset.of(
            Keyset.key("countryCode", code -> code, fiche -> fiche.countryCode),
            Keyset.key("measureCode", code -> code, fiche -> fiche.measureCode));
    /** For sync: in the order of change, served by the (updated_at, id) index. */
    private static final Keyset<Fiche> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, Fiche::updatedAt),
            Keyset.key("id", UUID::fromString, fiche -> fiche.id));

    public Optional<Fiche> find(String countryCode, String measureCode) {
        return find("countryCode = ?1 and measureCode = ?2", countryCode, measureCode).firstResultOptional();
    }

    /** The fiche, its row locked until the transaction ends: every write to it, its draft and its revisions queues here. */
    public Optional<Fiche> findLocked(String countryCode, String measureCode) {
        return find("countryCode = ?1 and measureCode = ?2", countryCode, measureCode)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Published fiches by country and measure, narrowed by the optional filters; with updatedSince in the order of change. */
    public Page<Fiche> findPublished(FicheFilter filter, PageRequest page) {
        String language = filter.acceptedLanguage();
        return KeysetQuery.of(filter.updatedSince() == null ? BY_KEY : BY_CHANGE, page)
                .and("status = :status", "status", FicheStatus.PUBLISHED)
                .and("countryCode in :countries", "countries", filter.countries() == null || filter.countries().isEmpty() ? null : filter.countries())
                .and("measureCode = :measure", "measure", filter.measureCode())
                .and("measureCode in (select m.code from Measure m where m.theme = :theme)", "theme", filter.theme())
                .and("possibility = :possibility", "possibility", filter.possibility())
                .and("dualCriminality = :dualCriminality", "dualCriminality", filter.dualCriminality())
                .and("channels like :channel escape '\\'", "channel",
                        filter.channel() == null ? null : TagColumn.containing(filter.channel().name()))
                // "en" also finds "en-GB"
                .and("(acceptedLanguages like :language escape '\\' or acceptedLanguages like :languagePrefix escape '\\')",
                        language == null ? Map.of() : Map.of("language", TagColumn.containing(language),
                                "languagePrefix", TagColumn.containingPrefix(language + "-")))
                .andWords("searchText", filter.text())
                .and("updatedAt >= :since", "since", filter.updatedSince())
                .fetch(this);
    }

    /**
     * The published fiches of one measure (countryCode null), in country order, or of one country, in
     * measure order; only those of the other keys when some are given.
     */
    public List<Fiche> findPublished(String countryCode, String measureCode, Collection<String> otherKeys) {
        String fixed = countryCode == null ? "measureCode" : "countryCode";
        String varying = countryCode == null ? "countryCode" : "measureCode";
        Map<String, Object> parameters = new HashMap<>(Map.of("status", FicheStatus.PUBLISHED,
                "fixed", countryCode == null ? measureCode : countryCode));
        if (!otherKeys.isEmpty()) {
            parameters.put("keys", otherKeys);
        }
        return list("status = :status and " + fixed + " = :fixed" + (otherKeys.isEmpty() ? "" : " and " + varying + " in :keys")
                + " order by " + varying, parameters);
    }


    /** How many fiches (their current revision), drafts and revisions hold the text in their content, such as an organisation's id. */
    public List<String> mentioning(String text) {
        String pattern = "%" + SearchText.escapeLike(text) + "%";
        List<String> referrers = new ArrayList<>();
        referrers.addAll(References.counted(countContent("fiche", pattern), "fiche", "fiches"));
        referrers.addAll(References.counted(countContent("fiche_draft", pattern), "fiche draft", "fiche drafts"));
        referrers.addAll(References.counted(countContent("fiche_revision", pattern), "fiche revision", "fiche revisions"));
        return referrers;
    }

    /** In SQL: the JSON text of the content column, which HQL only sees as the converted record. */
    private long countContent(String table, String pattern) {
        Number count = (Number) getEntityManager().createNativeQuery("select count(*) from " + table + " where content like ?1 escape '\\'")
                .setParameter(1, pattern).getSingleResult();
        return count.longValue();
    }

    /**
     * Every fiche of a measure, drafts only included (one may be published meanwhile), their rows
     * locked in id order. (The cast picks Panache's find, not {@link #find(String, String)}.)
     */
    public List<Fiche> findLockedOf(String measureCode) {
        return find("measureCode = ?1 order by id", (Object) measureCode).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public long countByMeasure(String measureCode) {
        return count("measureCode", measureCode);
    }
}
