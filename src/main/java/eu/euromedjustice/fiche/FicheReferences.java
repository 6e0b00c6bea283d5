package eu.euromedjustice.fiche;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.persistence.ReferenceCheck;
import eu.euromedjustice.common.persistence.References;
import eu.euromedjustice.reference.Organisation;

/**
 * Fiches refer to their measure (a foreign key) and, inside their content, to organisations (the
 * authorities) and to other measures (the alternatives). History counts too: a revision is a
 * record of what was published, so what it names stays.
 */
@ApplicationScoped
public class FicheReferences implements ReferenceCheck {

    private final FicheRepository fiches;

    public FicheReferences(FicheRepository fiches) {
        this.fiches = fiches;
    }

    @Override
    public List<String> referencesTo(Class<?> target, Object key) {
        List<String> referrers = new ArrayList<>();
        if (target == Organisation.class) {
            referrers.addAll(fiches.mentioning(key.toString()));
        } else if (target == Measure.class) {
            referrers.addAll(References.counted(fiches.countByMeasure((String) key), "fiche of the measure", "fiches of the measure"));
            // quoted, as the JSON holds it: A.1 must not match A.11
            referrers.addAll(fiches.mentioning("\"" + key + "\""));
        }
        return referrers;
    }
}
