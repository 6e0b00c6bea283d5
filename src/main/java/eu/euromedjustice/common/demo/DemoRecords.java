package eu.euromedjustice.common.demo;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * How one demo contributor finds the records an earlier one made: by the natural names the demo
 * data gives them (an organisation's acronym, a fictional member's family name), which are unique
 * in the demo set.
 */
@ApplicationScoped
public class DemoRecords {

    private final EntityManager entityManager;

    public DemoRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public UUID organisationId(String acronym) {
        return entityManager.createQuery("select o.id from Organisation o where o.acronym = ?1", UUID.class)
                .setParameter(1, acronym).getSingleResult();
    }

    public UUID memberId(String familyName) {
        return entityManager.createQuery("select p.id from Person p where p.familyName = ?1", UUID.class)
                .setParameter(1, familyName).getSingleResult();
    }
}
