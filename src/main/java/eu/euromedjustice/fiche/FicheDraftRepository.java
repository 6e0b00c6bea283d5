package eu.euromedjustice.fiche;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FicheDraftRepository implements PanacheRepositoryBase<FicheDraft, UUID> {
}
