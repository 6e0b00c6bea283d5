package eu.euromedjustice.member;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.euromedjustice.common.persistence.TagColumn;
import eu.euromedjustice.member.PersonVisibility.Field;
import eu.euromedjustice.reference.Topic;

/** Entity to record and back for members and memberships: the one place that copies fields. */
final class MemberMapper {

    private MemberMapper() {
    }

    /** The member as a caller may see it; {@code withheld} comes from {@link PersonVisibility}. */
    static MemberDto toDto(Person person, List<Membership> memberships, Set<Field> withheld) {
        return new MemberDto(person.id, displayName(person), person.givenName, person.familyName, person.honorificPrefix,
                person.countryCode, person.organisationId, person.position, expertiseOf(person),
                withheld.contains(Field.LANGUAGES) ? null : TagColumn.decode(person.languages),
                withheld.contains(Field.EMAIL) ? null : person.email,
                withheld.contains(Field.PHONE) ? null : person.phone,
                withheld.contains(Field.CONTACT_CONSENT) ? null : person.contactConsent,
                withheld.contains(Field.BIOGRAPHY) ? null : person.biography,
                memberships.stream().map(MemberMapper::toDto).toList(), person.erasedAt,
                withheld.stream().sorted().toList(), person.version(), person.createdAt(), person.updatedAt());
    }

    /** The summary other features embed: contact details only where the caller may see them. */
    static PersonSummaryDto toSummary(Person person, Set<Field> withheld) {
        boolean noEmail = withheld.contains(Field.EMAIL);
        boolean noPhone = withheld.contains(Field.PHONE);
        return new PersonSummaryDto(person.id, displayName(person), person.countryCode, person.organisationId,
                noEmail ? null : person.email, noPhone ? null : person.phone,
                Stream.of(noEmail ? Field.EMAIL : null, noPhone ? Field.PHONE : null).filter(field -> field != null).toList());
    }

    static String displayName(Person person) {
        if (person.isErased()) {
            return person.givenName + ", " + person.familyName;
        }
        return Stream.of(person.honorificPrefix, person.givenName, person.familyName)
                .filter(part -> part != null).collect(Collectors.joining(" "));
    }

    static MemberInput toInput(Person person) {
        return new MemberInput(person.givenName, person.familyName, person.honorificPrefix, person.countryCode,
                person.organisationId, person.position, expertiseOf(person), TagColumn.decode(person.languages),
                person.email, person.phone, person.contactConsent, person.biography);
    }

    static void apply(MemberInput input, Person person) {
        person.givenName = input.givenName();
        person.familyName = input.familyName();
        person.honorificPrefix = input.honorificPrefix();
        person.countryCode = input.countryCode();
        person.organisationId = input.organisationId();
        person.position = input.position();
        // in the vocabulary's order, so that equal sets are equal texts and a replace changes nothing
        person.expertise = TagColumn.encode(input.expertise() == null ? List.of()
                : input.expertise().stream().sorted().map(Topic::name).toList());
        person.languages = TagColumn.encode(input.languages() == null ? List.of() : input.languages());
        person.email = input.email();
        person.phone = input.phone();
        person.contactConsent = input.contactConsent() != null && input.contactConsent();
        person.biography = input.biography();
    }

    private static List<Topic> expertiseOf(Person person) {
        return TagColumn.decode(person.expertise).stream().map(Topic::valueOf).toList();
    }

    static MembershipDto toDto(Membership membership) {
        return new MembershipDto(membership.id, membership.personId, membership.expertGroupCode, membership.role,
                onBehalfOf(membership), membership.startDate, membership.endDate, membership.version(),
                membership.createdAt(), membership.updatedAt());
    }

    static MembershipInput toInput(Membership membership) {
        return new MembershipInput(membership.expertGroupCode, membership.role, onBehalfOf(membership),
                membership.startDate, membership.endDate);
    }

    static void apply(MembershipInput input, Membership membership) {
        membership.expertGroupCode = input.expertGroup();
        membership.role = input.role();
        membership.onBehalfCountryCode = input.onBehalfOf() == null ? null : input.onBehalfOf().countryCode();
        membership.onBehalfOrganisationId = input.onBehalfOf() == null ? null : input.onBehalfOf().organisationId();
        membership.startDate = input.startDate();
        membership.endDate = input.endDate();
    }

    private static OnBehalfOf onBehalfOf(Membership membership) {
        return membership.onBehalfCountryCode == null && membership.onBehalfOrganisationId == null ? null
                : new OnBehalfOf(membership.onBehalfCountryCode, membership.onBehalfOrganisationId);
    }
}
