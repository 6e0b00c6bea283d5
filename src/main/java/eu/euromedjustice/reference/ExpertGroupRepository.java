package eu.euromedjustice.reference;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ExpertGroupRepository implements PanacheRepositoryBase<ExpertGroup, String> {

    /** Expert groups in code order after the given code. */
    public List<ExpertGroup> findPage(String afterCode, int size) {
        if (afterCode == null) {
            return find("order by code").page(0, size).list();
        }
        return find("code > ?1 order by code", afterCode).page(0, size).list();
    }
}
