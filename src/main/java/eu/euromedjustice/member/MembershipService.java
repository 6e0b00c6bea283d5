package eu.euromedjustice.member;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.Preconditions.IfMatch;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.reference.CountryService;
import eu.euromedjustice.reference.ExpertGroupService;
import eu.euromedjustice.reference.OrganisationService;

/**
 * A member's memberships. Every write locks the member's row first, so that two writes cannot both
 * pass the overlap check, and moves the member's version on, since the member embeds them.
 */
@ApplicationScoped
public class MembershipService {

    public static final String PAGE_SCOPE = "memberships";

    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final ExpertGroupService groups;
    private final CountryService countries;
    private final OrganisationService organisations;
    private final MergePatch mergePatch;

    public MembershipService(PersonRepository people, MembershipRepository memberships, ExpertGroupService groups,
            CountryService countries, OrganisationService organisations, MergePatch mergePatch) {
        this.people = people;
        this.memberships = memberships;
        this.groups = groups;
        this.countries = countries;
        this.organisations = organisations;
        this.mergePatch = mergePatch;
    }

    public Page<MembershipDto> list(MembershipFilter filter, PageRequest page) {
        requireMember(filter.memberId());
        return memberships.findPage(filter.memberId(), filter.updatedSince(), page).map(MemberMapper::toDto);
    }

    public MembershipDto get(UUID memberId, UUID id) {
        return MemberMapper.toDto(find(memberId, id));
    }

    @Transactional
    public MembershipDto add(UUID memberId, MembershipInput input) {
        Person person = lockChangeable(memberId);
        Membership membership = new Membership();
        membership.personId = memberId;
        check(memberId, input, null);
        MemberMapper.apply(input, membership);
        memberships.persist(membership);
        person.touch();
        memberships.flush();
        return MemberMapper.toDto(membership);
    }

    @Transactional
    public MembershipDto patch(UUID memberId, UUID id, IfMatch ifMatch, JsonNode patch) {
        Person person = lockChangeable(memberId);
        Membership membership = find(memberId, id);
        ifMatch.check(membership.version());
        MembershipInput current = MemberMapper.toInput(membership);
        MembershipInput input = mergePatch.apply(current, patch, MembershipInput.class);
        check(memberId, input, membership.id);
        if (!input.equals(current)) { // a patch that changes nothing leaves both versions as they are
            MemberMapper.apply(input, membership);
            person.touch();
            memberships.flush();
        }
        return MemberMapper.toDto(membership);
    }

    @Transactional
    public void delete(UUID memberId, UUID id, IfMatch ifMatch) {
        Person person = lockChangeable(memberId);
        Membership membership = find(memberId, id);
        ifMatch.check(membership.version());
        memberships.delete(membership);
        person.touch();
        memberships.flush();
    }

    /** Field rules, references, and no overlap with another membership of the person in the same group and role. */
    private void check(UUID memberId, MembershipInput input, UUID self) {
        if (input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            throw ProblemException.invalidField("endDate", "must not be before startDate");
        }
        OnBehalfOf onBehalfOf = input.onBehalfOf();
        if (onBehalfOf != null && (onBehalfOf.countryCode() == null) == (onBehalfOf.organisationId() == null)) {
            throw ProblemException.invalidField("onBehalfOf", "must name either a countryCode or an organisationId, not both");
        }
        groups.requireKnown("expertGroup", input.expertGroup());
        if (onBehalfOf != null) {
            countries.requireKnown("onBehalfOf.countryCode", onBehalfOf.countryCode());
            organisations.requireKnown("onBehalfOf.organisationId", onBehalfOf.organisationId());
        }
        memberships.list("personId = ?1 and expertGroupCode = ?2 and role = ?3", memberId, input.expertGroup(), input.role())
                .stream()
                .filter(other -> !other.id.equals(self))
                .filter(other -> other.overlaps(input.startDate(), input.endDate()))
                .findFirst().ifPresent(other -> {
                    throw ProblemException.conflict("The member is already " + other.role + " of " + other.expertGroupCode
                            + " from " + other.startDate + (other.endDate == null ? " on" : " to " + other.endDate)
                            + " (membership " + other.id + "); periods of the same role in the same group must not overlap.");
                });
    }

    /** The member, locked; an erased member's memberships stay as they were, like its record. */
    private Person lockChangeable(UUID memberId) {
        Person person = people.findLocked(memberId).orElseThrow(() -> MemberService.notFound(memberId));
        if (person.isErased()) {
            throw ProblemException.conflict("Member '" + memberId + "' was erased; its memberships can no longer change.");
        }
        return person;
    }

    private Membership find(UUID memberId, UUID id) {
        requireMember(memberId);
        return memberships.find("id = ?1 and personId = ?2", id, memberId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Membership", id));
    }

    private void requireMember(UUID memberId) {
        if (people.findByIdOptional(memberId).isEmpty()) {
            throw MemberService.notFound(memberId);
        }
    }
}
