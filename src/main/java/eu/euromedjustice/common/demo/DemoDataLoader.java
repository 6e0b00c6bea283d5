package eu.euromedjustice.common.demo;

import java.util.Comparator;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.euromedjustice.common.AppConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data set once, on the first start of a database, when enabled (by default only
 * on the embedded H2 database). A marker row records that it ran, so deleting demo records later
 * does not bring them back.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String MARKER = "demo-data-loaded";

    private final AppConfig config;
    private final String dbKind;
    private final Instance<DemoDataContributor> contributors;
    private final EntityManager entityManager;

    public DemoDataLoader(AppConfig config, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            Instance<DemoDataContributor> contributors, EntityManager entityManager) {
        this.config = config;
        this.dbKind = dbKind;
        this.contributors = contributors;
        this.entityManager = entityManager;
    }

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        boolean enabled = config.demoData().enabled().orElse("h2".equals(dbKind));
        if (!enabled || alreadyLoaded()) {
            return;
        }
        contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order))
                .forEach(DemoDataContributor::load);
        entityManager.createNativeQuery("insert into app_setting (name, setting_value) values (?1, ?2)")
                .setParameter(1, MARKER).setParameter(2, "true").executeUpdate();
        Log.info("Loaded the demo data set (CrimEx, its organisations and demo accounts)");
    }

    private boolean alreadyLoaded() {
        Number count = (Number) entityManager.createNativeQuery("select count(*) from app_setting where name = ?1")
                .setParameter(1, MARKER).getSingleResult();
        return count.longValue() > 0;
    }
}
