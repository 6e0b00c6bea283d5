package eu.euromedjustice.member;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.euromedjustice.security.Role;
import eu.euromedjustice.security.Viewer;

/**
 * The per-role view of a person, decided here and nowhere else (DESIGN section 6): every
 * representation that shows a person (a member, a meeting participant, a roadmap reporter) asks
 * {@link #withheldFrom} and leaves those properties out.
 */
public final class PersonVisibility {

    /** The properties of a person that some callers may not see. */
    public enum Field {
        @JsonProperty("languages") LANGUAGES,
        @JsonProperty("email") EMAIL,
        @JsonProperty("phone") PHONE,
        @JsonProperty("contactConsent") CONTACT_CONSENT,
        @JsonProperty("biography") BIOGRAPHY
    }

    private static final Set<Field> CONTACT = EnumSet.of(Field.EMAIL, Field.PHONE);

    private PersonVisibility() {
    }

    /**
     * What the viewer may not see of the person: nothing for staff and for the person's own
     * account; contact details without consent for members; everything personal for partners and
     * anyone else.
     */
    public static Set<Field> withheldFrom(Viewer viewer, Person person) {
        if (viewer.isStaff() || viewer.isMember(person.id)) {
            return EnumSet.noneOf(Field.class);
        }
        if (viewer.has(Role.MEMBER)) {
            return person.contactConsent ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(CONTACT);
        }
        return EnumSet.allOf(Field.class);
    }

    /** Whether the viewer sees the property on everyone: filters on a property others cannot see would reveal it. */
    public static boolean seesOfEveryone(Viewer viewer, Field field) {
        return viewer.isStaff() || (viewer.has(Role.MEMBER) && !CONTACT.contains(field));
    }
}
