package eu.euromedjustice.member;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.Preconditions.IfMatch;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.persistence.References;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.common.problem.ProblemType;
import eu.euromedjustice.reference.CountryService;
import eu.euromedjustice.reference.OrganisationService;
import eu.euromedjustice.security.Role;
import eu.euromedjustice.security.UserDto;
import eu.euromedjustice.security.UserService;
import eu.euromedjustice.security.Viewer;
import eu.euromedjustice.sync.AuditService;
import io.quarkus.logging.Log;

/** The member directory: people, what each caller may see of them, and their personal data rights. */
@ApplicationScoped
public class MemberService {

    public static final String PAGE_SCOPE = "members";
    static final String ERASED_GIVEN_NAME = "Former member";

    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final CountryService countries;
    private final OrganisationService organisations;
    private final UserService users;
    private final References references;
    private final MergePatch mergePatch;
    private final Instance<PersonEmbedding> embeddings;
    private final AuditService audit;

    public MemberService(PersonRepository people, MembershipRepository memberships, CountryService countries,
            OrganisationService organisations, UserService users, References references, MergePatch mergePatch,
            Instance<PersonEmbedding> embeddings, AuditService audit) {
        this.people = people;
        this.memberships = memberships;
        this.countries = countries;
        this.organisations = organisations;
        this.users = users;
        this.references = references;
        this.mergePatch = mergePatch;
        this.embeddings = embeddings;
        this.audit = audit;
    }

    public Page<MemberDto> list(MemberFilter filter, PageRequest page, Viewer viewer) {
        if (filter.language() != null && !PersonVisibility.seesOfEveryone(viewer, PersonVisibility.Field.LANGUAGES)) {
            // a filter on what the caller cannot see would tell it anyway
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "The language filter needs the MEMBER role or above: languages are withheld from your role.");
        }
        Page<Person> found = people.findPage(filter, page);
        Map<UUID, List<Membership>> byPerson = memberships.findByPersons(found.items().stream().map(person -> person.id).toList());
        return found.map(person -> view(person, byPerson.getOrDefault(person.id, List.of()), viewer));
    }

    public MemberDto get(UUID id, Viewer viewer) {
        Person person = find(id);
        return view(person, memberships.findByPerson(id), viewer);
    }

    /**
     * The members with these ids that exist, each as the viewer may see it: how other features
     * (meeting participants, speakers, roadmap reporters) embed people, through the same rules.
     */
    public Map<UUID, MemberDto> views(Collection<UUID> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Membership>> byPerson = memberships.findByPersons(ids);
        Map<UUID, MemberDto> views = new LinkedHashMap<>();
        people.list("id in ?1", ids).forEach(person ->
                views.put(person.id, view(person, byPerson.getOrDefault(person.id, List.of()), viewer)));
        return views;
    }

    /** The members with these ids that exist, summed up as the viewer may see them (for embedding). */
    public Map<UUID, PersonSummaryDto> summaries(Collection<UUID> ids, Viewer viewer) {
        Map<UUID, PersonSummaryDto> summaries = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            people.list("id in ?1", ids).forEach(person -> summaries.put(person.id, summary(person, viewer)));
        }
        return summaries;
    }

    /** A person another feature read along with its own rows (one query instead of two), summed up for the viewer. */
    public static PersonSummaryDto summary(Person person, Viewer viewer) {
        return MemberMapper.toSummary(person, PersonVisibility.withheldFrom(viewer, person));
    }

    /**
     * For features that refer to members (meeting participants): the member must exist and not be
     * erased. Its row is
     * locked like a reference check (see OrganisationService.requireKnown), so that a concurrent
     * delete waits for the reference.
     */
    public void requireKnown(String field, UUID id) {
        Person person = people.findByIdOptional(id, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> ProblemException.invalidField(field, "is not the id of an existing member"));
        if (person.isErased()) {
            throw ProblemException.conflict("Member '" + id + "' was erased; it cannot take part in anything new.");
        }
    }

    @Transactional
    public MemberDto create(MemberInput input, Viewer viewer) {
        requireKnownReferences(input);
        Person person = new Person();
        MemberMapper.apply(input, person);
        people.persistAndFlush(person);
        return view(person, List.of(), viewer);
    }

    @Transactional
    public MemberDto replace(UUID id, IfMatch ifMatch, MemberInput input, Viewer viewer) {
        Person person = findChangeable(id, ifMatch);
        return update(person, input, viewer);
    }

    /** Staff change any member; a MEMBER only the one its account is linked to. */
    @Transactional
    public MemberDto patch(UUID id, IfMatch ifMatch, JsonNode patch, Viewer viewer) {
        if (!viewer.isStaff() && !viewer.isMember(id)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "A MEMBER may change only the member record their own account is linked to.");
        }
        Person person = findChangeable(id, ifMatch);
        return update(person, mergePatch.apply(MemberMapper.toInput(person), patch, MemberInput.class), viewer);
    }

    /** Deletes a member nothing refers to, with its memberships; otherwise the answer says to erase instead. */
    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        Person person = people.findLocked(id).orElseThrow(() -> notFound(id));
        ifMatch.check(person.version());
        references.requireUnreferenced(Person.class, id, "Member '" + id + "'",
                "Erase the member's personal data instead: POST /api/v1/members/" + id + "/erase.");
        memberships.deleteByPerson(id);
        people.delete(person);
        people.flush();
    }

    /**
     * Removes the personal data and keeps the facts others depend on: the record becomes "Former
     * member, country" with its memberships, and its account, if any, is disabled. Erasing an
     * erased member changes nothing.
     */
    @Transactional
    public MemberDto erase(UUID id, Viewer viewer, UUID erasedBy) {
        users.lockAccountChanges(); // before the member, in the order account changes take them (no deadlock)
        Person person = people.findLocked(id).orElseThrow(() -> notFound(id));
        if (!person.isErased()) {
            person.givenName = ERASED_GIVEN_NAME;
            person.familyName = person.countryCode == null ? "unknown country"
                    : countries.get(person.countryCode).name().get("en");
            person.honorificPrefix = null;
            person.organisationId = null;
            person.position = null;
            person.expertise = "";
            person.languages = "";
            person.email = null;
            person.phone = null;
            person.contactConsent = false;
            person.biography = null;
            person.erasedAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // as stored, so that reads repeat it
            person.erasedBy = erasedBy;
            users.disableAccountOf(id);
            people.flush();
            embeddings.forEach(embedding -> embedding.changed(id));
            Log.infof("Member %s erased by user %s", id, erasedBy); // ids only: the point is to keep no personal data
        }
        return view(person, memberships.findByPerson(id), viewer);
    }

    /** Everything held about the person, for the person's own account or an administrator. */
    public PersonalDataDto personalData(UUID id, Viewer viewer) {
        if (!viewer.has(Role.ADMIN) && !viewer.isMember(id)) { // first, so that a 404 tells others nothing
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only an administrator or the account linked to this member may export its personal data.");
        }
        Person person = find(id);
        MemberDto member = view(person, memberships.findByPerson(id), viewer);
        UserDto account = users.accountOf(id).orElse(null);
        return new PersonalDataDto(Instant.now(), member, account, audit.aboutPerson(id));
    }

    /** For accounts: a member id an administrator links an account to must name a member that is not erased. */
    public void requireLinkable(String field, UUID id) {
        // locked like a reference check (see OrganisationService.requireKnown): a concurrent delete waits for the link
        Person person = people.findByIdOptional(id, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> ProblemException.invalidField(field, "is not the id of an existing member"));
        if (person.isErased()) {
            throw ProblemException.conflict("Member '" + id + "' was erased; no account may be linked to it or enabled for it.");
        }
    }

    private MemberDto update(Person person, MemberInput input, Viewer viewer) {
        requireKnownReferences(input);
        long version = person.version();
        MemberMapper.apply(input, person);
        people.flush();
        if (person.version() != version) {
            embeddings.forEach(embedding -> embedding.changed(person.id));
        }
        return view(person, memberships.findByPerson(person.id), viewer);
    }

    private Person findChangeable(UUID id, IfMatch ifMatch) {
        // locked like membership writes, so that they queue instead of failing each other's version check
        Person person = people.findLocked(id).orElseThrow(() -> notFound(id));
        ifMatch.check(person.version());
        if (person.isErased()) {
            throw ProblemException.conflict("Member '" + id + "' was erased; its record can no longer change.");
        }
        return person;
    }

    private void requireKnownReferences(MemberInput input) {
        countries.requireKnown("countryCode", input.countryCode());
        organisations.requireKnown("organisationId", input.organisationId());
    }

    private static MemberDto view(Person person, List<Membership> ofPerson, Viewer viewer) {
        return MemberMapper.toDto(person, ofPerson, PersonVisibility.withheldFrom(viewer, person));
    }

    Person find(UUID id) {
        return people.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Member", id);
    }
}
