package eu.euromedjustice.common.demo;

import java.util.Comparator;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.euromedjustice.common.AppConfig;
import eu.euromedjustice.common.persistence.DatabaseKind;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo data set once, on the first start of a database, when enabled (by default only
 * on the embedded H2 database). A marker row records that it ran, so deleting demo records later
 * does not bring them back; a locked guard row makes instances that start together load it once.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String MARKER = "demo-data-loaded";

    private final AppConfig config;
    private final DatabaseKind database;
    private final Instance<DemoDataContributor> contributors;
    private final EntityManager entityManager;

    public DemoDataLoader(AppConfig config, DatabaseKind database, Instance<DemoDataContributor> contributors,
            EntityManager entityManager) {
        this.config = config;
        this.database = database;
        this.contributors = contributors;
        this.entityManager = entityManager;
    }

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        boolean enabled = config.demoData().enabled().orElse(database.embedded());
        if (!enabled) {
            return;
        }
        // instances starting together on one database: the first loads, the others wait and find the marker
        entityManager.createNativeQuery("select setting_value from app_setting where name = 'demo-data-guard' for update")
                .getResultList();
        if (alreadyLoaded()) {
            return;
        }
        contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order))
                .forEach(DemoDataContributor::load);
        entityManager.createNativeQuery("insert into app_setting (name, setting_value) values (?1, ?2)")
                .setParameter(1, MARKER).setParameter(2, "true").executeUpdate();
        Log.info("Loaded the demo data set (CrimEx, its organisations, members, meetings, roadmaps with progress reports, sample "
                + "fiches and demo accounts)");
    }

    private boolean alreadyLoaded() {
        Number count = (Number) entityManager.createNativeQuery("select count(*) from app_setting where name = ?1")
                .setParameter(1, MARKER).getSingleResult();
        return count.longValue() > 0;
    }
}
