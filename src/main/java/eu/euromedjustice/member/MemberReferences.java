package eu.euromedjustice.member;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.persistence.ReferenceCheck;
import eu.euromedjustice.common.persistence.References;
import eu.euromedjustice.reference.ExpertGroup;
import eu.euromedjustice.reference.Organisation;

/**
 * Members and memberships refer to organisations and expert groups. (They refer to countries too,
 * but countries are reference data without a delete; the *_ref foreign keys guard them.)
 */
@ApplicationScoped
public class MemberReferences implements ReferenceCheck {

    private final PersonRepository people;
    private final MembershipRepository memberships;

    public MemberReferences(PersonRepository people, MembershipRepository memberships) {
        this.people = people;
        this.memberships = memberships;
    }

    @Override
    public List<String> referencesTo(Class<?> target, Object key) {
        List<String> referrers = new ArrayList<>();
        if (target == Organisation.class) {
            referrers.addAll(References.counted(people.countByOrganisation((UUID) key), "member", "members"));
            referrers.addAll(References.counted(memberships.countOnBehalfOfOrganisation((UUID) key),
                    "membership on its behalf", "memberships on its behalf"));
        } else if (target == ExpertGroup.class) {
            referrers.addAll(References.counted(memberships.countByExpertGroup((String) key), "membership", "memberships"));
        }
        return referrers;
    }
}
