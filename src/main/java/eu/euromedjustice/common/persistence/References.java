package eu.euromedjustice.common.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import eu.euromedjustice.common.problem.ProblemException;

/**
 * Refuses to delete what is still referred to, naming the referrers. A delete locks its row before
 * asking, and whoever writes a reference locks the target first (the services' requireKnown), so a
 * reference and a delete cannot both pass; the foreign keys named {@code *_ref} back this up.
 */
@ApplicationScoped
public class References {

    private final Instance<ReferenceCheck> checks;

    public References(Instance<ReferenceCheck> checks) {
        this.checks = checks;
    }

    /**
     * @param what   how the detail names the resource, such as {@code Organisation 'EJN'}
     * @param remedy what to do instead, appended to the detail; may be empty
     */
    public void requireUnreferenced(Class<?> target, Object key, String what, String remedy) {
        List<String> referrers = new ArrayList<>();
        checks.forEach(check -> referrers.addAll(check.referencesTo(target, key)));
        if (!referrers.isEmpty()) {
            throw ProblemException.conflict(what + " is still referred to by " + String.join(", ", referrers)
                    + "." + (remedy.isEmpty() ? "" : " " + remedy));
        }
    }

    /** "1 member", "2 members": a count and a noun for the detail of a refused delete. */
    public static List<String> counted(long count, String singular, String plural) {
        return count == 0 ? List.of() : List.of(count + " " + (count == 1 ? singular : plural));
    }
}
